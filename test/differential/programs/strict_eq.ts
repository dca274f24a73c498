// === and !== mean == and != on ints, strings and objects
export function main(): void {
  const a: int = 3;
  const s: string = "x";
  const o: object = GetModule();
  PrintString(`${a === 3 ? 1 : 0}${a !== 3 ? 1 : 0}${s === "x" ? 1 : 0}${s !== "y" ? 1 : 0}`);
  PrintString(`${o === GetModule() ? 1 : 0}${o !== OBJECT_INVALID ? 1 : 0}${OBJECT_SELF === o ? 1 : 0}`);
}
