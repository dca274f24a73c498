// operator precedence and associativity as C (and TypeScript) read them
export function main(): void {
  const a: int = 7;
  const b: int = 3;
  const c: int = 2;
  PrintString(`${a + b * c} ${(a + b) * c} ${a - b - c} ${a - (b - c)} ${a / b * c} ${a / (b * c)}`);
  PrintString(`${a % b * c} ${a << b + c} ${(a << b) + c} ${a & b | c} ${a ^ b & c} ${a | b ^ c}`);
  PrintString(`${a < b == b < c ? 1 : 0} ${a + b > c * 4 ? 1 : 0} ${-a * -b} ${~a & 0xF} ${a > b && b > c || a == 0 ? 1 : 0}`);
  PrintString(`${a >> 1 + 1} ${a - b << 2} ${(a & 4) == 4 ? 1 : 0} ${a * b % 5} ${100 / 10 / 5}`);
}
