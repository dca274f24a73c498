// switch on an int: fallthrough, default in the middle, stacked labels, constant labels folded
// to their value, a clause with declarations (braced so no case jumps over them).
const SEVEN = 7;

function Score(n: int): int {
  let r: int = 0;
  switch (n) {
    case 1:
      r += 1;
    case 2:
      r += 2;
      break;
    default:
      r = -1;
    case 7:
      r += 7;
  }
  return r;
}

function Group(n: int): int {
  switch (n) {
    case -1:
    case 1 + 1:
    case SEVEN:
    case 0x10:
      return 1;
    case SEVEN * 2: {
      const k: int = n * 2;
      return k;
    }
    case 20:
      const j: int = n + 3;
      PrintString(IntToString(j));
      break;
  }
  return 0;
}

export function main(): void {
  const n: int = GetLocalInt(OBJECT_SELF, "n");
  switch (n) {
  }
  switch (n) {
    default:
      PrintString("only default");
  }
  PrintString(IntToString(Score(n) + Group(n)));
}
