// A module with `export function main(): void` is a script.
export function main(): void {
  PrintString("hello");
}
