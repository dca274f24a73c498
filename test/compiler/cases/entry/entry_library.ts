// A module with neither main nor StartingConditional is an include library: no main is emitted.
export function Greet(who: object): void {
  SpeakString("Hello, " + GetName(who));
}
