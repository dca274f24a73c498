// a string hash (FNV-1a style on character codes from a table) with wrapping multiply and xor
function Code(c: string): int {
  const table: string = " abcdefghijklmnopqrstuvwxyz";
  return FindSubString(table, c) + 96;
}

function Hash(s: string): int {
  let h: int = -2128831035;
  for (let i: int = 0; i < GetStringLength(s); i++) {
    h ^= Code(GetSubString(s, i, 1));
    h *= 16777619;
  }
  return h;
}

export function main(): void {
  PrintString(IntToString(Hash("")) + " " + IntToString(Hash("a")) + " " + IntToString(Hash("neverwinter nights")));
  PrintString(IntToHexString(Hash("abc")));
}
