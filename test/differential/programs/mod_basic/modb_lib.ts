// include library: plain helper functions with defaults
export function Twice(n: int): int {
  return n * 2;
}

export function Greet(who: string, punct: string = "!"): string {
  return "Hello, " + who + punct;
}
