// globals declared without a value start at zero, 0.0, "" and an all-zero struct
interface Pair {
  a: int;
  s: string;
  f: float;
}

let gI: int;
let gF!: float;
let gS!: string;
let gP!: Pair;
let gV!: vector;
let gO!: object;

export function main(): void {
  PrintString(`[${gI}] [${FloatToString(gF, 0, 3)}] [${gS}] [${gP.a}${gP.s}${FloatToString(gP.f, 0, 1)}]`);
  PrintString(FloatToString(gV.x + gV.y + gV.z, 0, 1) + " " + IntToString(GetIsObjectValid(gO)));
  gI = 4;
  gP.s = "set";
  PrintString(`${gI} ${gP.s}`);
}
