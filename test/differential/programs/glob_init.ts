// module-level globals with constant and computed initial values, read and written by functions
let gCount: int = 3;
let gRate: float = 1.5;
let gName: string = "abc";
let gTwice: int = gCount * 2;
let gFromCall: int = Triple(5);
let gReady: boolean = false;

function Triple(n: int): int {
  return n * 3;
}

function Bump(): void {
  gCount++;
  gRate *= 2.0;
  gName += "d";
  gReady = true;
}

export function main(): void {
  PrintString(`${gCount} ${FloatToString(gRate, 0, 2)} ${gName} ${gTwice} ${gFromCall} ${gReady ? 1 : 0}`);
  Bump();
  Bump();
  PrintString(`${gCount} ${FloatToString(gRate, 0, 2)} ${gName} ${gTwice} ${gFromCall} ${gReady ? 1 : 0}`);
}
