// actions scheduled in a for-let loop that uses continue keep each iteration's value
function Note(i: int, tag: string): void {
  PrintString(tag + IntToString(i));
}

export function main(): void {
  for (let i: int = 0; i < 6; i++) {
    if (i % 2 == 1) continue;
    DelayCommand(IntToFloat(i) * 0.1, () => Note(i, "even "));
  }
  let j: int = 0;
  while (j < 3) {
    j++;
    AssignCommand(GetModule(), () => Note(j, "while "));
  }
}
