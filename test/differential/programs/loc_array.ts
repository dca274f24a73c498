// an array kept in module locals: fill, bubble sort, print
function Key(i: int): string {
  return "arr_" + IntToString(i);
}

function Get(i: int): int {
  return GetLocalInt(GetModule(), Key(i));
}

function Put(i: int, v: int): void {
  SetLocalInt(GetModule(), Key(i), v);
}

export function main(): void {
  const n: int = 12;
  let seed: int = 7;
  for (let i: int = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF;
    Put(i, seed % 100);
  }
  for (let i: int = 0; i < n - 1; i++) {
    for (let j: int = 0; j < n - 1 - i; j++) {
      if (Get(j) > Get(j + 1)) {
        const t: int = Get(j);
        Put(j, Get(j + 1));
        Put(j + 1, t);
      }
    }
  }
  let out: string = "";
  for (let i: int = 0; i < n; i++) out += IntToString(Get(i)) + " ";
  PrintString(out);
}
