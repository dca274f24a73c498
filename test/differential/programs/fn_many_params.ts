// a function with twelve parameters of mixed types, in order
function Twelve(a: int, b: float, c: string, d: int, e: float, f: string, g: int, h: int, i: int, j: string, k: float, l: int): string {
  return `${a}${FloatToString(b, 0, 1)}${c}${d}${FloatToString(e, 0, 1)}${f}${g}${h}${i}${j}${FloatToString(k, 0, 1)}${l}`;
}

export function main(): void {
  PrintString(Twelve(1, 2.0, "c", 4, 5.5, "f", 7, 8, 9, "j", 11.0, 12));
  PrintString(Twelve(-1, -2.0, "", 0, 0.0, "", -7, 2147483647, -2147483648, "z", 0.5, 0));
}
