// actions written with a block body holding one call, and with an expression body
function Note(label: string, n: int): void {
  PrintString(label + " " + IntToString(n));
}

export function main(): void {
  let n: int = 1;
  DelayCommand(1.0, () => {
    Note("block", n);
  });
  n = 2;
  AssignCommand(GetModule(), () => {
    Note("assign block", n);
  });
  n = 3;
  DelayCommand(0.5, () => Note("expression", n));
}
