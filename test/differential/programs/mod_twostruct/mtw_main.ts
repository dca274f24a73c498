// a script including two modules that both declare an interface Point (two structs), side-effect import
import "./mtw_b";
import { MakeA, ShowA } from "./mtw_a";
import { MakeB, ShowB } from "./mtw_b";

export function main(): void {
  const a = MakeA(3);
  const b = MakeB("bee");
  a.y += 1;
  PrintString(ShowA(a) + " " + ShowB(b) + " " + ShowA(MakeA(-1)));
}
