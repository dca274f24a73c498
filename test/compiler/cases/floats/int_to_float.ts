// NWScript has no implicit int → float conversion: an int literal where a float is wanted is
// written as a float literal; a float operand next to an int literal in a comparison too.
interface Speed {
  base: float;
}

function Half(f: float): float {
  return f / 2;
}

function Unit(): float {
  return 1;
}

export function main(): void {
  const f: float = 1;
  const g: float = -3;
  let h: float = 0;
  h = 7;
  h += 1;
  const s: Speed = { base: 4 };
  if (f > 0) PrintString("pos");
  if (0 < g) PrintString("never");
  if (h == 8) PrintString("eight");
  const t: float = f > 0 ? f : 0;
  const mixed: float = f * 2 + 1;
  PrintString(FloatToString(Half(3) + Unit() + t + mixed + s.base + IntToFloat(GetLocalInt(OBJECT_SELF, "n"))));
  DelayCommand(1, () => PrintString("later"));
}
