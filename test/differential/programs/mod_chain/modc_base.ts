// include library at the bottom of a chain
export const BASE = 100;

export function Wrap(s: string): string {
  return "<" + s + ">";
}
