// JsonDump: nlohmann::json::dump with ensure_ascii (every non-ASCII character escaped), compact
// for indent -1, else pretty-printed with `indent` spaces per level.
import type { JsonValue } from "./value.js";

export function dumpJson(value: JsonValue, indent: number): string {
  const out: string[] = [];
  write(value, indent, 0, out);
  return out.join("");
}

function write(v: JsonValue, indent: number, level: number, out: string[]): void {
  switch (v.t) {
    case "null":
      out.push("null");
      return;
    case "bool":
      out.push(v.v ? "true" : "false");
      return;
    case "int":
      out.push(v.v.toString());
      return;
    case "float":
      out.push(formatDouble(v.v));
      return;
    case "string":
      out.push(quote(v.v));
      return;
    case "array":
    case "object": {
      const items: [string | undefined, JsonValue][] =
        v.t === "array" ? v.v.map((x) => [undefined, x]) : [...v.v.entries()];
      const [open, close] = v.t === "array" ? ["[", "]"] : ["{", "}"];
      if (items.length === 0) {
        out.push(open + close);
        return;
      }
      const pretty = indent >= 0;
      const pad = pretty ? " ".repeat(indent * (level + 1)) : "";
      out.push(open);
      items.forEach(([key, x], i) => {
        if (i > 0) out.push(",");
        if (pretty) out.push("\n", pad);
        if (key !== undefined) out.push(quote(key), pretty ? ": " : ":");
        write(x, indent, level + 1, out);
      });
      if (pretty) out.push("\n", " ".repeat(indent * level));
      out.push(close);
      return;
    }
  }
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  "\\": "\\\\",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
};

function quote(s: string): string {
  let r = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const code = s.charCodeAt(i);
    const short = SHORT_ESCAPES[ch];
    if (short) r += short;
    else if (code < 0x20 || code > 0x7e) r += `\\u${code.toString(16).padStart(4, "0")}`;
    else r += ch;
  }
  return r + '"';
}

/**
 * A double as nlohmann writes it: the shortest digits that read back the same, in plain notation
 * for decimal exponents -4 < n <= 15 (integral values get ".0"), else d.ddde±XX.
 */
export function formatDouble(x: number): string {
  if (!Number.isFinite(x)) return "null";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  const [mant, expText] = Math.abs(x).toExponential().split("e") as [string, string];
  const digits = mant.replace(".", "");
  const k = digits.length;
  const n = Number(expText) + 1; // value = 0.digits × 10^n
  let body: string;
  if (k <= n && n <= 15) body = digits + "0".repeat(n - k) + ".0";
  else if (0 < n && n <= 15) body = `${digits.slice(0, n)}.${digits.slice(n)}`;
  else if (-4 < n && n <= 0) body = `0.${"0".repeat(-n)}${digits}`;
  else {
    const e = n - 1;
    const abs = Math.abs(e);
    body = (k === 1 ? digits : `${digits[0]}.${digits.slice(1)}`) + `e${e < 0 ? "-" : "+"}${abs < 10 ? `0${abs}` : abs}`;
  }
  return sign + body;
}
