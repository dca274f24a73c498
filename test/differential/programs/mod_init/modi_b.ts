// include that includes modi_a: its global reads modi_a's
import { Note, gA } from "./modi_a";

export let gB: int = Note("b", gA + 10);

export function SumAB(): int {
  return gA + gB;
}
