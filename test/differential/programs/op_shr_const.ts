// >> of negative constants gives the run-time answer (-7 >> 1 is -3) wherever it is written
const HALF = -7 >> 1;
const K: int = -9;

export function main(): void {
  const a: int = -7 >> 1;
  const b: int = -1 >> 28;
  const c: int = K >> 2;
  const d: int = (0 - 9) >> 2;
  const e: int = 5 >> 1;
  PrintString(`${HALF} ${a} ${b} ${c} ${d} ${e}`);
  PrintString(`${-7 >> 1} ${-16 >> 4} ${-17 >> 4} ${(-2147483647 - 1) >> 31}`);
}
