import { describe, expect, it } from "vitest";
import { tokenize } from "../../tools/nwscript/index.js";
import { verdict } from "./helpers.js";

function values(text: string): unknown[] {
  return tokenize(text)
    .filter((t) => t.kind !== "eof")
    .map((t) => t.value ?? t.text);
}

describe("integer literals", () => {
  it("wrap modulo 2^32 into int32", () => {
    expect(values("0x80000000 0xFFFFFFFF 2147483648 4294967296 4294967301")).toEqual([-2147483648, -1, -2147483648, 0, 5]);
  });
  it("read a leading zero as decimal, and know 0x, 0o, 0b in both cases", () => {
    expect(values("017 0x1F 0XaB 0o17 0O7 0b1010 0B11")).toEqual([17, 31, 171, 15, 7, 10, 3]);
  });
  it("reject a letter glued to a hex literal", () => {
    expect(verdict("void main() { int a = 0x1g; }")).toBe("error 1 UNEXPECTED CHARACTER");
  });
  it("end at a letter after decimal digits (10abc is 10 then abc)", () => {
    expect(tokenize("10abc").map((t) => t.kind)).toEqual(["int", "ident", "eof"]);
  });
});

describe("float literals", () => {
  it("accept 1.f, 1.0f, .5, 2.0 and 1f", () => {
    expect(values("1.f 1.0f .5 2.0 1f")).toEqual([1, 1, 0.5, 2, 1]);
    expect(tokenize("1.f 1f").map((t) => t.kind)).toEqual(["float", "float", "eof"]);
  });
  it("are accumulated digit by digit in single precision", () => {
    expect(values("0.1")).toEqual([Math.fround(0.1)]);
    // The compiler's digit-by-digit float32 sum is not the correctly rounded value.
    expect(values("3.14159")[0]).not.toBe(Math.fround(3.14159));
    expect(values("3.14159")[0]).toBeCloseTo(3.14159, 5);
  });
  it("reject a second decimal point", () => {
    expect(verdict("void main() { float a = 1.2.3; }")).toBe("error 1 UNEXPECTED CHARACTER");
  });
  it("read a dot right after an identifier as a field access", () => {
    expect(tokenize("v.5").map((t) => t.text)).toEqual(["v", ".", "5", ""]);
    expect(tokenize("( .5").map((t) => t.kind)).toEqual(["punct", "float", "eof"]);
  });
});

describe("strings", () => {
  it("unescape \\n, \\\\, \\\" and \\xHH, and drop the backslash of other escapes", () => {
    expect(values('"a\\"b" "c\\\\d" "e\\nf" "\\x41\\x7a" "\\t"')).toEqual(['a"b', "c\\d", "e\nf", "Az", "t"]);
  });
  it("read raw strings with doubled quotes and line breaks", () => {
    expect(values('r"say ""hi""\nnow"')).toEqual(['say "hi"\nnow']);
  });
  it("report a string that runs into the end of its line", () => {
    expect(verdict('void main()\n{\n  string s = "open;\n}\n')).toBe("error 3 UNTERMINATED STRING CONSTANT");
  });
  it("report a string constant of 32 KB or more", () => {
    const long = "x".repeat(32768);
    expect(verdict(`void main() { string s = "${long}"; }`)).toBe("error 1 TOKEN TOO LONG");
    expect(verdict(`void main() { string s = "${long.slice(1)}"; }`)).toBe("ok");
  });
});

describe("operators and layout", () => {
  it("read the longest operator", () => {
    expect(tokenize("a>>>=b>>>c>>=d<<=e>>f<<g%=h&=i|=j^=k++--").map((t) => t.text).filter((t) => !/^[a-k]$/.test(t))).toEqual([
      ">>>=", ">>>", ">>=", "<<=", ">>", "<<", "%=", "&=", "|=", "^=", "++", "--", "",
    ]);
  });
  it("skip comments and count lines through them", () => {
    const toks = tokenize("// one\n/* two\nthree */ x /* */ y // z");
    expect(toks.map((t) => [t.text, t.line])).toEqual([["x", 3], ["y", 3], ["", 3]]);
  });
  it("treat characters with no use as separators, and stop at a NUL byte", () => {
    expect(tokenize("a@b$c\rd\0 e f").map((t) => t.text)).toEqual(["a", "b", "c", "d", ""]);
  });
  it("reject a # word other than #include and #define", () => {
    expect(verdict("void main() { #pragma }")).toBe("error 1 ELLIPSIS IN IDENTIFIER");
  });
});
