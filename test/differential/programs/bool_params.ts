// boolean parameters, returns and operators combining them
function Both(a: boolean, b: boolean): boolean {
  return a && b;
}

function Either(a: boolean, b: boolean): boolean {
  return a || b;
}

function Xor(a: boolean, b: boolean): boolean {
  return a != b;
}

function B(b: boolean): string {
  return b ? "1" : "0";
}

export function main(): void {
  let s: string = "";
  for (let i: int = 0; i < 4; i++) {
    const a: boolean = (i & 1) != 0;
    const b: boolean = (i & 2) != 0;
    s += B(Both(a, b)) + B(Either(a, b)) + B(Xor(a, b)) + B(!a || b) + " ";
  }
  PrintString(s);
}
