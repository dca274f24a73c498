// a global read, incremented and changed by a call in one expression, in TypeScript's order
let gX: int = 10;

function Bump(): int {
  gX += 100;
  return gX;
}

export function main(): void {
  const a: int = gX++ + Bump();
  PrintString(`${a} ${gX}`);
  const b: int = Bump() + gX++;
  PrintString(`${b} ${gX}`);
  const c: int = gX + (gX = 1) + gX;
  PrintString(`${c} ${gX}`);
}
