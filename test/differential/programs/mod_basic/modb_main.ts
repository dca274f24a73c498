// a script calling functions of an include module, with and without default arguments
import { Greet, Twice } from "./modb_lib";

export function main(): void {
  PrintString(IntToString(Twice(21)));
  PrintString(Greet("world"));
  PrintString(Greet("you", "?"));
}
