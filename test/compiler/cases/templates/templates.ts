// Template literals over strings and ints: ints go through IntToString (the same digits as
// JavaScript's); a lone string interpolation needs no concatenation.
export function main(): void {
  const n: int = 42;
  const name: string = GetName(OBJECT_SELF);
  PrintString(`n=${n}`);
  PrintString(`${name}`);
  PrintString(`${n}`);
  PrintString(`a${name}b${n}c${n + 1}`);
  PrintString(`${name} has ${GetCurrentHitPoints(OBJECT_SELF)} hp`);
  PrintString(`line\nnext "q" \\ end`);
  PrintString(`plain`);
  PrintString(`${`nested ${n}`}!`);
}
