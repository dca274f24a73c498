// C printf "%*.*f" of a float32 widened to double, as the engine formats FloatToString.
// Exact: the double's binary value is expanded with BigInt and rounded half-to-even on exact
// ties, like glibc's printf (JavaScript's toFixed rounds ties up and switches to exponent
// notation above 1e21, so it cannot be used).

/** printf("%*.*f", width, decimals, value): right-aligned in `width`, `decimals` after the point. */
export function printfFixed(value: number, width: number, decimals: number): string {
  let body: string;
  if (Number.isNaN(value)) body = "nan";
  else if (!Number.isFinite(value)) body = value < 0 ? "-inf" : "inf";
  else body = (value < 0 || Object.is(value, -0) ? "-" : "") + fixedDigits(Math.abs(value), decimals);
  if (width < 0) return body.padEnd(-width, " ");
  return body.padStart(width, " ");
}

/** Splits a finite non-negative double into an integer mantissa and a power-of-two exponent. */
function decompose(x: number): { mantissa: bigint; exponent: number } {
  if (x === 0) return { mantissa: 0n, exponent: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mantissa: frac, exponent: -1074 };
  return { mantissa: frac | (1n << 52n), exponent: biased - 1075 };
}

function fixedDigits(x: number, decimals: number): string {
  const { mantissa, exponent } = decompose(x);
  const scale = 10n ** BigInt(decimals);
  let scaled: bigint;
  if (exponent >= 0) {
    scaled = (mantissa << BigInt(exponent)) * scale;
  } else {
    const num = mantissa * scale;
    const den = 1n << BigInt(-exponent);
    scaled = num / den;
    const twice = (num % den) * 2n;
    if (twice > den || (twice === den && (scaled & 1n) === 1n)) scaled += 1n;
  }
  const digits = scaled.toString().padStart(decimals + 1, "0");
  if (decimals === 0) return digits;
  return `${digits.slice(0, digits.length - decimals)}.${digits.slice(digits.length - decimals)}`;
}
