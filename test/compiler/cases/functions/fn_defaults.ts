// Default parameter values: constants of every NWScript type the official compiler accepts.
// A prototype carries the defaults; the definition after it repeats none.
const LIMIT = 5;

function Early(n: int = -1, flag: boolean = true, volume: int = TALKVOLUME_SHOUT, max: int = LIMIT * 2): int {
  return flag ? n + volume : max;
}

export function main(): void {
  Show();
  Show(4);
  Show(5, 0.5, "x");
  Show(6, 3, "y", OBJECT_INVALID, { x: 0, y: 0, z: 1 });
  PrintString(IntToString(Early() + Early(2, false)));
  Place();
}

function Show(n: int = 1, f: float = 2.5, s: string = "d", o: object = OBJECT_SELF, v: vector = { x: 1, y: 2, z: 3 }): void {
  PrintString(s + IntToString(n) + FloatToString(f + v.y) + GetName(o));
}

function Place(where: location = LOCATION_INVALID, data: json = JSON_NULL, scale: float = 2): void {
  PrintString(JsonDump(data) + FloatToString(scale) + IntToString(GetIsObjectValid(GetAreaFromLocation(where))));
}
