// a script importing two includes, one of which includes the other
import { BASE, Wrap } from "./modc_base";
import { Label } from "./modc_mid";

export function main(): void {
  PrintString(Label(5) + Wrap("x") + IntToString(BASE));
}
