// >> on a negative value: the VM shifts the magnitude (-7 >> 1 is -3) while the official
// compiler folds constant operands arithmetically (-4). Constant shifts are folded here with the
// VM's meaning, so the result is the same whether or not NWScript folds them.
const HALF = -7 >> 1;
const K: int = -9;

function Bucket(n: int): int {
  switch (n) {
    case -8 >> 2:
      return 1;
    default:
      return 0;
  }
}

export function main(): void {
  const a: int = -7 >> 1;
  const b: int = -1 >> 28;
  const c: int = K >> 2;
  const d: int = (0 - 9) >> 2;
  const e: int = 5 >> 1;
  let v: int = -7;
  const f: int = v >> 1;
  v >>= 1;
  PrintString(IntToString(HALF + a + b + c + d + e + f + v + Bucket(-2)));
}
