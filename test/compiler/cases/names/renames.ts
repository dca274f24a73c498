// Identifiers that clash with NWScript keywords or engine names get a deterministic `_` suffix
// (more if that is taken too); every use follows the declaration.
let TRUE: int = 2;

function GetName(o: object): string {
  return GetTag(o);
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
  const PrintString: int = 6;
  const main: int = 7;
  const total: int = object + effect + json + location + PrintString_ + PrintString + main + TRUE + Sum(1, 2);
  SpeakString(event + IntToString(total) + GetName(OBJECT_SELF));
}
