// Engine reads (GetLocalInt, GetStringLength…) need no temporaries among themselves; a write between them (a user call) orders them.
function Bump(o: object): int {
  SetLocalInt(o, "a", GetLocalInt(o, "a") + 10);
  return 1;
}

function Show(a: int, b: int, c: int): void {
  PrintString(`${a} ${b} ${c}`);
}

export function main(): void {
  const m = GetModule();
  SetLocalInt(m, "a", 1);
  Show(GetLocalInt(m, "a"), Bump(m), GetLocalInt(m, "a"));
  Show(GetLocalInt(m, "a"), GetLocalInt(m, "a") + 1, GetStringLength("abc"));
}
