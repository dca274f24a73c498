// identifiers that are NWScript keywords or engine names are renamed consistently
function GetName(o: object): string {
  return o == GetModule() ? "the module" : "something";
}

function Sum(action: int, vector: int): int {
  return action + vector;
}

export function main(): void {
  const object: int = 1;
  const effect: int = 2;
  const json: int = 3;
  const location: int = 4;
  const event: string = "e";
  const PrintString_: int = 5;
  const struct: int = 6;
  const $count: int = 7;
  const total: int = object + effect + json + location + PrintString_ + struct + $count + Sum(1, 2);
  PrintString(event + IntToString(total) + " " + GetName(GetModule()));
}
