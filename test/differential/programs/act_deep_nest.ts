// commands nested three deep, scheduled from loops, each with its own saved loop variable
function Leaf(a: int, b: int): void {
  PrintString("leaf " + IntToString(a) + "." + IntToString(b));
}

function Branch(a: int): void {
  for (let b: int = 0; b < 2; b++) {
    DelayCommand(IntToFloat(b) * 0.5, () => AssignCommand(GetModule(), () => Leaf(a, b)));
  }
}

export function main(): void {
  for (let a: int = 0; a < 3; a++) {
    DelayCommand(IntToFloat(a), () => Branch(a));
  }
  PrintString("scheduled");
}
