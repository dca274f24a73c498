// Euclid's algorithm iteratively and recursively, and the lcm of 1..20 with wrapping
function Gcd(a: int, b: int): int {
  while (b != 0) {
    const t: int = a % b;
    a = b;
    b = t;
  }
  return a;
}

function GcdR(a: int, b: int): int {
  return b == 0 ? a : GcdR(b, a % b);
}

export function main(): void {
  PrintString(`${Gcd(1071, 462)} ${GcdR(1071, 462)} ${Gcd(17, 5)} ${GcdR(0, 9)}`);
  let l: int = 1;
  for (let i: int = 1; i <= 20; i++) l = l / Gcd(l, i) * i;
  PrintString(IntToString(l));
  let w: int = 1;
  for (let i: int = 1; i <= 30; i++) w = w / GcdR(w, i) * i;
  PrintString(IntToString(w));
}
