import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFile, checkSource } from "../../tools/nwscript/index.js";
import { verdict } from "./helpers.js";

let root: string;

function write(rel: string, text: string): string {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text, "latin1");
  return file;
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "nwscript-inc-"));
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe("#include resolution", () => {
  it("finds name.nss next to the including file first, then in the include folders in order", () => {
    write("a/main.nss", '#include "inc_x"\nvoid main() { Which(); }\n');
    write("a/inc_x.nss", "void Which() { }\n");
    write("lib1/inc_x.nss", "void Other() { }\n");
    write("lib1/inc_y.nss", "int gY = 1;\n");
    write("lib2/inc_y.nss", "int gWrong = 1;\n");
    write("a/uses_y.nss", '#include "inc_y"\nvoid main() { gY = 2; }\n');
    expect(checkFile(path.join(root, "a/main.nss"), { includeDirs: [path.join(root, "lib1")] }).diagnostics).toEqual([]);
    const libs = [path.join(root, "lib1"), path.join(root, "lib2")];
    expect(checkFile(path.join(root, "a/uses_y.nss"), { includeDirs: libs }).diagnostics).toEqual([]);
    expect(checkFile(path.join(root, "a/uses_y.nss"), { includeDirs: libs.slice().reverse() }).diagnostics[0]?.message).toBe(
      "VARIABLE DEFINED WITHOUT TYPE",
    );
  });

  it("reports a missing include at the #include line of the including file", () => {
    const main = write("b/main.nss", "// x\n\n#include \"nowhere\"\nvoid main() { }\n");
    expect(checkFile(main).diagnostics).toEqual([{ file: main, line: 3, message: "FILE NOT FOUND" }]);
  });

  it("reports an error inside an include with the include's path and line", () => {
    const main = write("c/main.nss", '#include "inc_bad"\nvoid main() { }\n');
    const inc = write("c/inc_bad.nss", "void F()\n{\n  int x = \"s\";\n}\n");
    expect(checkFile(main).diagnostics).toEqual([{ file: inc, line: 3, message: "MISMATCHED TYPES" }]);
  });

  it("rejects a cycle of includes, but ignores a file that was already included", () => {
    const sources: Record<string, string> = {
      inc_a: '#include "inc_b"\nvoid A() { }\n',
      inc_b: '#include "inc_a"\nvoid B() { }\n',
      inc_c: "void C() { }\n",
    };
    const readInclude = (name: string) => sources[name];
    expect(verdict('#include "inc_a"\nvoid main() { }\n', { readInclude })).toBe("error 1 INCLUDE RECURSIVE");
    expect(verdict('#include "inc_c"\n#include "inc_c"\n#include "INC_C"\nvoid main() { C(); }\n', { readInclude })).toBe("ok");
  });

  it("allows 15 nested includes below the main file and rejects the 16th", () => {
    const chain = (levels: number): Record<string, string> => {
      const out: Record<string, string> = {};
      for (let i = 1; i <= levels; i++) {
        out[`lvl${i}`] = (i < levels ? `#include "lvl${i + 1}"\n` : "") + `int g${i} = ${i};\n`;
      }
      return out;
    };
    const ok = chain(15);
    expect(verdict('#include "lvl1"\nvoid main() { g15 = 0; }\n', { readInclude: (n) => ok[n] })).toBe("ok");
    const tooDeep = chain(16);
    const result = checkSource('#include "lvl1"\nvoid main() { }\n', "deep.nss", { readInclude: (n) => tooDeep[n] });
    expect(result.diagnostics).toEqual([{ file: "lvl15.nss", line: 1, message: "INCLUDE TOO MANY LEVELS" }]);
  });

  it("keeps include order: an include's globals and functions are visible after the #include only", () => {
    const readInclude = (n: string) => (n === "inc_f" ? "int F() { return 1; }\n" : undefined);
    expect(verdict('void main() { }\nint g = F();\n#include "inc_f"\n', { readInclude })).toBe("error 2 PARSING VARIABLE LIST");
    expect(verdict('#include "inc_f"\nint g = F();\nvoid main() { }\n', { readInclude })).toBe("ok");
  });

  it("reports a duplicate main coming from an include without a line", () => {
    const readInclude = (n: string) => (n === "inc_m" ? "void main() { }\n" : undefined);
    expect(verdict('#include "inc_m"\nvoid main() { }\n', { readInclude })).toBe("error 0 DUPLICATE FUNCTION IMPLEMENTATION (main)");
  });

  it("lists every file read in the checked program", () => {
    const main = write("d/main.nss", '#include "inc_one"\nvoid main() { One(); }\n');
    const inc = write("d/inc_one.nss", "void One() { }\n");
    expect(checkFile(main).program?.files).toEqual([main, inc]);
  });
});
