// default parameter values that name module consts, negative values, booleans and engine constants
const BASE = 40;
const RATE: float = 0.5;
const TAG = "base";

function Mix(n: int = BASE + 2, f: float = RATE, s: string = TAG, neg: int = -5, flag: boolean = true): string {
  return `${n}/${FloatToString(f, 0, 1)}/${s}/${neg}/${flag ? "yes" : "no"}`;
}

function Volume(v: int = TALKVOLUME_SHOUT): int {
  return v;
}

export function main(): void {
  PrintString(Mix());
  PrintString(Mix(1, 2.0, "x", 9, false));
  PrintString(IntToString(Volume()) + " " + IntToString(Volume(TALKVOLUME_WHISPER)));
}
