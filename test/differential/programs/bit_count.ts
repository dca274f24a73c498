// counting bits of negative and positive ints with & and shifts (>> shifts the magnitude)
function Ones(n: int): int {
  let c: int = 0;
  for (let i: int = 0; i < 32; i++) {
    if ((n & (1 << i)) != 0) c++;
  }
  return c;
}

function ShrSteps(n: int): int {
  let steps: int = 0;
  while (n != 0 && steps < 40) {
    n = n >> 1;
    steps++;
  }
  return steps;
}

export function main(): void {
  PrintString(`${Ones(0)} ${Ones(-1)} ${Ones(255)} ${Ones(-2147483648)} ${Ones(-256)}`);
  PrintString(`${ShrSteps(1)} ${ShrSteps(-1)} ${ShrSteps(-1024)} ${ShrSteps(2147483647)} ${ShrSteps(-2147483647)}`);
}
