// Output to the server log: PrintString and friends append to world.printed exactly as the VM
// prints them; the others have their own capture lists.
import { floatToString } from "./strings.js";
import { float, int, obj, str, type FunctionGroup } from "./types.js";

export const outputFunctions: FunctionGroup = {
  PrintString: (w, [s]) => {
    w.printed.push(str(s));
    return undefined;
  },
  PrintInteger: (w, [n]) => {
    w.printed.push(String(int(n)));
    return undefined;
  },
  PrintFloat: (w, [f, width, decimals]) => {
    w.printed.push(floatToString("PrintFloat", float(f), int(width), int(decimals)));
    return undefined;
  },
  // PrintVector is not modeled: the game's exact text for a vector is not known.
  // PrintObject prints the id as ObjectToString does (hex).
  PrintObject: (w, [o]) => {
    w.printed.push(obj(o).id.toString(16));
    return undefined;
  },
};
