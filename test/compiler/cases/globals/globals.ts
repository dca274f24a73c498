// Module-level const of int/float/string with a constant value → NWScript const; any other
// module-level state → a global.
const MAX_ITEMS = 12;
const SCALE: float = 0.25;
const PREFIX = "it_";
const ONE: float = 1;
const DOUBLE_MAX = MAX_ITEMS * 2;
const VOLUME = TALKVOLUME_WHISPER;
const HOME: object = GetModule();

let gCount: int = 3;
let gRate: float = 1.5;
let gName = "abc";
let gDouble: int = gCount * 2;
let gTarget: object = OBJECT_INVALID;
let gStart: int = Compute(2);
let gReady: boolean = false;
let gUnset: int;
let gSpot: location;

function Compute(n: int): int {
  return n * MAX_ITEMS;
}

export function main(): void {
  gCount++;
  gRate *= 2;
  gName += "!";
  gReady = true;
  gTarget = HOME;
  gUnset = DOUBLE_MAX + VOLUME + gStart;
  gSpot = GetLocation(gTarget);
  PrintString(PREFIX + gName + IntToString(gCount + gDouble + gUnset) + FloatToString(gRate * SCALE * ONE));
}
