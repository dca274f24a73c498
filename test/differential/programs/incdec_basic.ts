// ++ and -- as statements and in expressions, prefix and postfix
export function main(): void {
  let i: int = 5;
  i++;
  ++i;
  i--;
  --i;
  PrintString(IntToString(i));
  const a: int = i++ + ++i;
  PrintString(`${a} ${i}`);
  const b: int = i-- - --i;
  PrintString(`${b} ${i}`);
  let j: int = 0;
  const c: int = j++ * 10 + j++;
  PrintString(`${c} ${j}`);
  let k: int = 3;
  PrintString(IntToString(k++) + IntToString(k) + IntToString(--k) + IntToString(k));
}
