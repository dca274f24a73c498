// assignments used as values: chained assignment, assignment inside an expression
export function main(): void {
  let x: int = 1;
  const a: int = x + (x = 5);
  PrintString(`${a} ${x}`);
  const b: int = (x = 7) + 1;
  PrintString(`${b} ${x}`);
  let y: int = 0;
  let z: int = 0;
  y = z = 3;
  PrintString(`${y} ${z}`);
  let s: string = "";
  let t: string = "";
  s = t = "both";
  PrintString(s + t);
}
