// the longest Collatz chain below 300, with a helper that counts steps
function Steps(n: int): int {
  let s: int = 0;
  while (n != 1) {
    n = n % 2 == 0 ? n / 2 : 3 * n + 1;
    s++;
  }
  return s;
}

export function main(): void {
  let best: int = 0;
  let at: int = 0;
  for (let i: int = 1; i < 300; i++) {
    const s: int = Steps(i);
    if (s > best) {
      best = s;
      at = i;
    }
  }
  PrintString(`${at} takes ${best} steps`);
}
