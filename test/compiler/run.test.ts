// The reviewed snapshots mean what the TypeScript means: each expected .nss below is run in the
// reference NWScript interpreter (tools/nwscript/interp, the NCS VM's semantics, in the engine
// simulator: OBJECT_SELF is a placeholder whose name and tag are "", locals read 0, commands
// queued by DelayCommand/AssignCommand run after main in due-time order) and must print what the
// TypeScript source prints. The expected lines were worked out by hand from the TypeScript.
// Cases that call engine functions the simulator does not model (SpeakString, effects) are not
// run; the include libraries are run through the script that includes them.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runNss } from "../../tools/nwscript/interp/index.js";
import { casesDir } from "./helpers.js";

const PRINTS: Record<string, string[]> = {
  "actions/actions": ["assign3", "action0", "delay3", "block body3", "int delay4", "nested3", "engine call", "deep3", "marked1"],
  "booleans/booleans": ["2"],
  "break_continue/break_continue": ["72"], // odd 1..15 = 64, seven default clauses, i ends at 1
  "compound/compound": ["ab533       9.375000000"], // x ends at 263, st.hp 7, gTotal 263; 6.375 + 3.0
  "do_while/do_while": ["25"],
  "entry/entry_main": ["hello"],
  "floats/int_to_float": ["pos", "eight", "      10.500000000", "later"],
  "for/for_clauses": ["10", "7", "4", "1", "132 10"],
  "for/for_let": ["78"], // 3 - 30 + 4 + 1 + 100
  "functions/fn_defaults": ["d1       4.500000000", "d4       4.500000000", "x5       2.500000000", "y6       3.000000000", "11", "null       2.0000000000"],
  "functions/fn_forward": ["11", "150", "done"],
  "functions/fn_return": ["a", "3one"],
  "globals/globals": ["it_abc!59       0.750000000"], // 4 + 6 + (24 + 1 + 24)
  "if_else/if_else": ["not one", "zero"],
  "incdec/incdec": ["12 2 6"],
  "literals/numbers": ["100021916778720.000000000"], // 1000219, then the 32-bit float sum
  "locals/locals": ["x28       0.3750000000"],
  "locals/shadowing": ["4", "inner", "3"],
  "modules/mod_script": ["[103]101[x]103"],
  "operators/arithmetic": ["       0.000000000-1", "y"],
  "operators/precedence": ["-2n"], // a = b = 0, c = 3
  "order/arguments": ["89", "286"], // 12 + 1 + 12 + 55 + 56 + 127 + 1 + 22
  "order/assignments": ["23"], // gScore 3, a 6, b 8, x 3, y 3
  "order/conditions": ["a", "b", "-1y"], // the while loop stops at Pair2(9, 10) = 100, the do loop at 309
  "order/mixed": [
    "1 1 r", // P2(0, 1): gX++ gives 0, then ReadX sees 1
    "10504 rabcd", // P2(P2(1, 2), P2(3, 4))
    "567 rabcdefg",
    "808 8 rabcdefgh",
    "9-10-1112",
    "1314rabcdefghijklmn",
    "0 rabcdefghijklmnopqrs", // P2(18, 19) < 0 is false
    "1 rabcdefghijklmnopqrstu", // 20 is even, 21 is odd
    "x=22",
    "23 23",
    "zero", // 24 % 3
    "show0", // each iteration's action holds its own i
    "show1",
    "show2",
  ],
  "shift/shift": ["-13"], // -3 - 3 + 0 - 2 - 2 + 2 - 3 - 3 + 1
  "strings/strings": ['"Hello, ! Path: C:\\games\\nwn"single "quoted"'],
  "structs/nested": ["x12       9.000000000"],
  "structs/structs": ["made", "       5.500000000s7"],
  "switch_int/switch_int": ["only default", "6"],
  "switch_str/switch_chain": ["other", "0"],
  "switch_str/switch_index": ["6"],
  "templates/templates": ["n=42", "", "42", "ab42c43", " has 1 hp", 'line\nnext "q" \\ end', "plain", "nested 42!"],
  "ternary/ternary": ["zero30       7.500000000", "n is even", "0"],
  "types/type_alias": ["module"],
  "vectors/vectors": ["      11.612485886"], // |(1.5, 4.5, 3)| + 0 + 5 + 1
  "while/while_loops": ["56"],
};

const RETURNS: Record<string, number> = {
  "entry/entry_cond": 0,
  "entry/entry_condbool": 0,
};

function run(name: string) {
  const file = path.join(casesDir, `${name}.nss`);
  return runNss(file, { includeDirs: [path.dirname(file)] });
}

describe("expected NWScript run in the reference interpreter", () => {
  for (const [name, printed] of Object.entries(PRINTS)) {
    it(`${name} prints what the TypeScript prints`, () => {
      const result = run(name);
      expect(result.failures).toEqual([]);
      expect(result.printed).toEqual(printed);
    });
  }
  for (const [name, value] of Object.entries(RETURNS)) {
    it(`${name} returns what the TypeScript returns`, () => {
      expect(run(name).returnValue).toBe(value);
    });
  }
});
