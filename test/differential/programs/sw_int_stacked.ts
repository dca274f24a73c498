// switch on int with stacked labels, constant-expression labels and a braced clause with locals
const SEVEN = 7;

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
    case -2147483648:
    case 2147483647:
      return 99;
    default:
      return 0;
  }
}

export function main(): void {
  let s: string = "";
  const inputs: int = 0;
  s += IntToString(Group(-1)) + IntToString(Group(2)) + IntToString(Group(7)) + IntToString(Group(16));
  PrintString(s + " " + IntToString(inputs));
  PrintString(`${Group(14)} ${Group(-2147483648)} ${Group(2147483647)} ${Group(3)}`);
}
