// locals whose NWScript type is inferred from their initialiser
function Half(f: float): float {
  return f / 2.0;
}

export function main(): void {
  const a = 7;
  const b = 2.5;
  const c = "text";
  const d = a * 3;
  const e = Half(b);
  const g = c + "!";
  const h = a > 3;
  let k = 0;
  k += a;
  PrintString(`${a} ${FloatToString(b, 0, 1)} ${c} ${d} ${FloatToString(e, 0, 2)} ${g} ${h ? 1 : 0} ${k}`);
  const m = a / 2;
  const n = b / 2.0;
  PrintString(IntToString(m) + " " + FloatToString(n, 0, 3));
}
