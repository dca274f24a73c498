// include library that includes another
import { BASE, Wrap } from "./modc_base";

export function Label(n: int): string {
  return Wrap(IntToString(n + BASE));
}
