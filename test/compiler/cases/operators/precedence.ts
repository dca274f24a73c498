// Parentheses follow C precedence (which NWScript and TypeScript share for the subset's
// operators): the author's redundant ones go, the needed ones stay.
export function main(): void {
  const a: int = GetLocalInt(OBJECT_SELF, "a");
  const b: int = GetLocalInt(OBJECT_SELF, "b");
  const c: int = GetLocalInt(OBJECT_SELF, "c") + 3;
  const p: int = (a + b) * c;
  const q: int = a - (b - c);
  const r: int = a - b - c;
  const s: int = (a - b) - c;
  const t: int = a + (b * c);
  const u: int = -(-a);
  const v: int = -(a + b);
  const w: int = a * (b / c) % 3;
  const x: int = (a << 2) + (b & 1) | (c ^ 2);
  const y: int = a << (b + 1);
  const z: boolean = (a < b) == (c > a);
  const k: boolean = !(a && b) || !c;
  const m: int = ~(a | b);
  const n: int = -(~a);
  PrintString(IntToString(p + q + r + s + t + u + v + w + x + y + m + n) + (z && k ? "y" : "n"));
}
