// String and number formats against the conformance corpus and values derived from C semantics.
import { describe, expect, it } from "vitest";
import { printfFixed, World } from "../../tools/twin/engine/index.js";
import { parseNssFloat } from "../../tools/nwscript/literals.js";
import { OBJECT_INVALID } from "../../tools/twin/values.js";
import { call, expectedLines } from "./helpers.js";

const f = Math.fround;
/** A float literal as the script lexer reads it (digits accumulate in float32). */
const lit = (text: string) => parseNssFloat(text);

describe("FloatToString", () => {
  const w = new World();
  const fts = (x: number, width = 18, decimals = 9) => call(w, "FloatToString", f(x), width, decimals);

  it("r_float_fmt lines", () => {
    const got = [
      `[${fts(lit("3.14159"))}]`,
      `[${fts(lit("3.14159"), 8, 3)}]`,
      `[${fts(lit("3.14159"), 0, 2)}]`,
      `[${fts(-2.0, 0, 1)}]`,
      `[${fts(lit("1234.5678"), 4, 2)}]`,
      `[${fts(0.0, 5, 0)}]`,
    ];
    expect(got).toEqual(expectedLines("r_float_fmt"));
  });

  it("r_float_prec lines", () => {
    const a = lit("0.1");
    const got = [fts(a), fts(f(f(1) / f(3))), fts(lit("16777217.0")), fts(f(a + lit("0.2"))), fts(lit("123456.789")), fts(f(f(2) / f(3)))];
    expect(got).toEqual(expectedLines("r_float_prec"));
  });

  it("r_int_to_float lines", () => {
    const itf = (n: number) => call(w, "IntToFloat", n) as number;
    const got = [
      fts(itf(16777217), 0, 1),
      fts(itf(16777219), 0, 1),
      fts(f(itf(-5) / 2), 0, 2),
      fts(itf(2147483647), 0, 1),
      fts(f(itf(7) / 2), 0, 3),
    ];
    expect(got).toEqual(expectedLines("r_int_to_float"));
  });

  it("rounds exact ties to even like glibc printf, and prints large floats without exponent", () => {
    expect(printfFixed(0.5, 0, 0)).toBe("0");
    expect(printfFixed(1.5, 0, 0)).toBe("2");
    expect(printfFixed(2.5, 0, 0)).toBe("2");
    expect(printfFixed(0.125, 0, 2)).toBe("0.12");
    expect(printfFixed(0.375, 0, 2)).toBe("0.38");
    expect(printfFixed(-0.0, 0, 1)).toBe("-0.0");
    expect(printfFixed(f(1e30), 0, 0)).toBe("1000000015047466219876688855040");
    expect(printfFixed(Infinity, 6, 2)).toBe("   inf");
    expect(() => call(w, "FloatToString", 1, 19, 2)).toThrow(/FloatToString\(\) with nWidth 19/);
  });
});

describe("ints and strings", () => {
  const w = new World();
  it("r_float_to_int: truncation toward zero", () => {
    const fti = (x: number) => String(call(w, "FloatToInt", x));
    const got = [fti(f(2.7)), fti(f(-2.7)), fti(f(0.999)), fti(f(-0.5)), fti(f(100000.9)), fti(f(f(7) / f(2)))];
    expect(got).toEqual(expectedLines("r_float_to_int"));
  });

  it("r_int_to_str and r_str_len", () => {
    const its = (n: number) => call(w, "IntToString", n);
    expect([its(-2147483648), its(2147483647), its(-0), its((call(w, "StringToInt", "42") as number) + (call(w, "StringToInt", "-17") as number))]).toEqual(
      expectedLines("r_int_to_str"),
    );
    const len = (s: string) => its(call(w, "GetStringLength", s) as number);
    expect([len(""), len("hello"), len("hello hello"), len(its(-12345) as string)]).toEqual(expectedLines("r_str_len"));
  });

  it("r_substr", () => {
    const s = "abcdef";
    const sub = (a: number, b: number) => call(w, "GetSubString", s, a, b) as string;
    let r = "";
    for (let i = 5; i >= 0; i--) r += sub(i, 1);
    expect([sub(0, 1), sub(2, 3), sub(5, 1), sub(0, 6), r]).toEqual(expectedLines("r_substr"));
  });

  it("StringToInt is atoi: white space, sign, digits, then stops; 64-bit saturation cut to 32 bits", () => {
    const sti = (s: string) => call(w, "StringToInt", s);
    expect(sti("  12abc")).toBe(12);
    expect(sti("+7")).toBe(7);
    expect(sti("abc")).toBe(0);
    expect(sti("0x10")).toBe(0);
    expect(sti("2147483648")).toBe(-2147483648);
    expect(sti("99999999999999999999")).toBe(-1);
  });

  it("StringToFloat is atof then float", () => {
    expect(call(w, "StringToFloat", " 1.5e2x")).toBe(150);
    expect(call(w, "StringToFloat", "0.1")).toBe(f(0.1));
    expect(call(w, "StringToFloat", "x")).toBe(0);
  });

  it("substring family and case", () => {
    expect(call(w, "GetStringLeft", "hello", 2)).toBe("he");
    expect(call(w, "GetStringLeft", "hello", 9)).toBe("hello");
    expect(call(w, "GetStringRight", "hello", 3)).toBe("llo");
    expect(call(w, "FindSubString", "hello", "l", 0)).toBe(2);
    expect(call(w, "FindSubString", "hello", "l", 3)).toBe(3);
    expect(call(w, "FindSubString", "hello", "z", 0)).toBe(-1);
    expect(call(w, "InsertString", "held", "l", 3)).toBe("hell" + "d");
    expect(call(w, "GetStringUpperCase", "abcé")).toBe("ABCé");
    expect(call(w, "GetStringLowerCase", "ABC")).toBe("abc");
    expect(call(w, "IntToHexString", 255)).toBe("0x000000ff");
    expect(call(w, "IntToHexString", -1)).toBe("0xffffffff");
  });

  it("abs, objects as text", () => {
    expect(call(w, "abs", -5)).toBe(5);
    expect(call(w, "abs", -2147483648)).toBe(-2147483648);
    expect(call(w, "ObjectToString", OBJECT_INVALID)).toBe("7f000000");
  });
});

describe("HashString", () => {
  it("is 0 for the empty string and matches the case-label hash", () => {
    const w = new World();
    expect(call(w, "HashString", "")).toBe(0);
    expect(call(w, "HashString", "AAA")).not.toBe(call(w, "HashString", "AAB"));
    expect(call(w, "HashString", "AAA")).toBe(call(w, "HashString", "AAA"));
  });
});
