// default parameter values of int, float and string, supplied and omitted
function Show(n: int = 7, f: float = 2.5, s: string = "dflt"): void {
  PrintString(`${n} ${FloatToString(f, 0, 2)} ${s}`);
}

function Scale(n: int, by: int = 10): int {
  return n * by;
}

export function main(): void {
  Show();
  Show(1);
  Show(2, 0.25);
  Show(3, -1.5, "given");
  PrintString(IntToString(Scale(4)));
  PrintString(IntToString(Scale(4, -3)));
}
