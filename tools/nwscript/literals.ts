// Numeric literal values computed the way the official compiler computes them: integers wrap
// modulo 2^32, floats are accumulated digit by digit in single precision, and a const float is
// stored as its "%f" text (six decimals) and read back.

/** Value of a float token such as "1.5", "2." or ".25", accumulated in float32 like the compiler. */
export function parseNssFloat(text: string): number {
  const f = Math.fround;
  let value = 0;
  let decimal = 1;
  let afterPoint = false;
  let negative = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 /* - */ && i === 0) negative = true;
    else if (c === 46 /* . */) afterPoint = true;
    else if (c >= 48 && c <= 57) {
      const digit = c - 48;
      if (!afterPoint) value = f(f(value * 10) + digit);
      else {
        decimal = f(decimal / 10);
        value = f(value + f(digit * decimal));
      }
    }
  }
  return negative ? f(-value) : value;
}

/** Digits in the given radix, wrapped into int32 (an overflowing literal is taken modulo 2^32). */
export function parseNssInt(digits: string, radix: number): number {
  let value = 0;
  for (const ch of digits) value = (Math.imul(value, radix) + parseInt(ch, radix)) | 0;
  return value;
}

/** C's printf("%f", x): exactly six decimals, ties to even on the exact binary value. */
export function formatFixed6(x: number): string {
  if (!Number.isFinite(x)) return x > 0 ? "inf" : x < 0 ? "-inf" : "nan";
  const negative = x < 0 || Object.is(x, -0);
  const abs = Math.abs(x);
  // abs = mantissa * 2^exponent exactly.
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, abs);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exponent: number;
  if (biased === 0) exponent = -1074;
  else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  const scale = 1000000n;
  let units: bigint;
  if (exponent >= 0) units = (mantissa << BigInt(exponent)) * scale;
  else {
    const num = mantissa * scale;
    const den = 1n << BigInt(-exponent);
    units = num / den;
    const rem = num % den;
    const twice = rem * 2n;
    if (twice > den || (twice === den && units % 2n === 1n)) units += 1n;
  }
  const digits = units.toString().padStart(7, "0");
  const text = `${digits.slice(0, -6)}.${digits.slice(-6)}`;
  return negative ? `-${text}` : text;
}

/** The value a `const float` global has where it is used: its "%f" text parsed again. */
export function constFloatValue(x: number): number {
  return parseNssFloat(formatFixed6(x));
}
