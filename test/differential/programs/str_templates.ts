// template literals with int and string interpolations, nested templates and expressions
function Name(n: int): string {
  return n == 1 ? "one" : "many";
}

export function main(): void {
  const n: int = 42;
  const who: string = "Aribeth";
  PrintString(`n=${n}`);
  PrintString(`${who}`);
  PrintString(`${n}`);
  PrintString(`a${who}b${n}c${n + 1}`);
  PrintString(`${who} has ${n * 2} hp and ${Name(1)}/${Name(n)} things`);
  PrintString(`${`nested ${n - 50}`}!`);
  PrintString(`${-2147483648} ${2147483647 + 1}`);
  PrintString(`plain`);
  PrintString(`${""}${""}`);
}
