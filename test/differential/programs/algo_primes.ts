// primes below 200 by trial division, counted and listed
function IsPrime(n: int): boolean {
  if (n < 2) return false;
  for (let d: int = 2; d * d <= n; d++) {
    if (n % d == 0) return false;
  }
  return true;
}

export function main(): void {
  let count: int = 0;
  let last: string = "";
  for (let n: int = 0; n < 200; n++) {
    if (!IsPrime(n)) continue;
    count++;
    if (n > 150) last += IntToString(n) + " ";
  }
  PrintString(IntToString(count) + ": " + last);
}
