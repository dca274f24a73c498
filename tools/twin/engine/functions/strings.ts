// String functions. Strings are byte strings in the game; here one JavaScript character stands
// for one byte (scripts are read as latin1), so lengths and positions count bytes.
// Out-of-range arguments follow the "Return value on error" notes of nwscript.nss: "" or -1.
import { caseStringValue } from "../../../nwscript/hash.js";
import { printfFixed } from "../float-format.js";
import { EngineCaseNotModeled } from "../not-modeled.js";
import { float, int, str, type FunctionGroup } from "./types.js";

/** C isspace in the "C" locale. */
const C_SPACE = /^[ \t\n\v\f\r]*/;

/**
 * StringToInt is C atoi on a Linux server: leading white space, an optional sign, decimal digits;
 * anything else stops the number. strtol saturates at 64 bits and the result is cut to 32 bits.
 */
export function atoi(text: string): number {
  const m = /^([+-]?)(\d+)/.exec(text.replace(C_SPACE, ""));
  if (!m) return 0;
  let v = BigInt(m[2]!);
  const LONG_MAX = (1n << 63n) - 1n;
  if (m[1] === "-") v = v > LONG_MAX + 1n ? -(LONG_MAX + 1n) : -v;
  else if (v > LONG_MAX) v = LONG_MAX;
  return Number(BigInt.asIntN(32, v));
}

const STRTOD = /^[+-]?(?:inf(?:inity)?|nan|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)/i;

/** StringToFloat is C atof (strtod to double) then the cast to float. Hex floats read as 0. */
export function atof(text: string): number {
  const m = STRTOD.exec(text.replace(C_SPACE, ""));
  if (!m) return 0;
  const lit = m[0].toLowerCase().replace(/^([+-]?)inf(inity)?$/, "$1Infinity");
  return Math.fround(/nan/.test(lit) ? NaN : Number(lit));
}

/** toupper/tolower of the "C" locale: only ASCII letters change. */
const asciiUpper = (s: string): string => s.replace(/[a-z]+/g, (m) => m.toUpperCase());
const asciiLower = (s: string): string => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

/**
 * FloatToString and PrintFloat: printf "%*.*f". nwscript.nss documents widths 0..18 and decimals
 * 0..9; what the engine does outside those ranges is not known, so it is not modeled.
 */
export function floatToString(name: string, f: number, width: number, decimals: number): string {
  if (width < 0 || width > 18) throw new EngineCaseNotModeled(name, `with nWidth ${width} (outside 0..18)`);
  if (decimals < 0 || decimals > 9) throw new EngineCaseNotModeled(name, `with nDecimals ${decimals} (outside 0..9)`);
  return printfFixed(f, width, decimals);
}

export const stringFunctions: FunctionGroup = {
  FloatToString: (_w, [f, width, decimals]) => floatToString("FloatToString", float(f), int(width), int(decimals)),
  IntToString: (_w, [n]) => String(int(n) | 0),
  StringToInt: (_w, [s]) => atoi(str(s)),
  StringToFloat: (_w, [s]) => atof(str(s)),
  GetStringLength: (_w, [s]) => str(s).length,
  GetStringUpperCase: (_w, [s]) => asciiUpper(str(s)),
  GetStringLowerCase: (_w, [s]) => asciiLower(str(s)),
  GetSubString: (_w, [s, start, count]) => {
    const text = str(s);
    const from = int(start);
    const n = int(count);
    if (from < 0 || n < 0 || from >= text.length) return "";
    return text.substr(from, n);
  },
  GetStringLeft: (_w, [s, count]) => {
    const n = int(count);
    return n <= 0 ? "" : str(s).slice(0, n);
  },
  GetStringRight: (_w, [s, count]) => {
    const text = str(s);
    const n = int(count);
    return n <= 0 ? "" : text.slice(Math.max(0, text.length - n));
  },
  FindSubString: (_w, [s, sub, start]) => {
    const text = str(s);
    const from = int(start);
    if (from < 0 || from > text.length) return -1;
    return text.indexOf(str(sub), from);
  },
  InsertString: (_w, [dest, s, position]) => {
    const text = str(dest);
    const at = int(position);
    if (at < 0 || at > text.length) return "";
    return text.slice(0, at) + str(s) + text.slice(at);
  },
  // The same value as `case "text":` labels: XXH32(text) ^ XXH32("").
  HashString: (_w, [s]) => caseStringValue(str(s)),
  IntToHexString: (_w, [n]) => `0x${(int(n) >>> 0).toString(16).padStart(8, "0")}`,
};
