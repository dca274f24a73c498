// int + - * / % on positive and negative operands
function Show(a: int, b: int): void {
  PrintString(`${a} ${b}: ${a + b} ${a - b} ${a * b} ${a / b} ${a % b}`);
}

export function main(): void {
  Show(17, 5);
  Show(-17, 5);
  Show(17, -5);
  Show(-17, -5);
  Show(0, 3);
  Show(3, 7);
  Show(-3, 7);
}
