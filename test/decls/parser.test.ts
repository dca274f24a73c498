// Small synthetic nwscript.nss inputs: what the parser accepts, and where it reports what it cannot read.
import { describe, expect, it } from "vitest";
import { generateDeclarations, NssDeclarationError, parseNwscriptNss } from "../../compiler/decls/index.js";

const STRUCTURES = [
  "#define ENGINE_NUM_STRUCTURES   8",
  "#define ENGINE_STRUCTURE_0      effect",
  "#define ENGINE_STRUCTURE_1      event",
  "#define ENGINE_STRUCTURE_2      location",
  "#define ENGINE_STRUCTURE_3      talent",
  "#define ENGINE_STRUCTURE_4      itemproperty",
  "#define ENGINE_STRUCTURE_5      sqlquery",
  "#define ENGINE_STRUCTURE_6      cassowary",
  "#define ENGINE_STRUCTURE_7      json",
].join("\n");

function generate(body: string): string {
  return generateDeclarations(`${STRUCTURES}\n${body}`, { sourceName: "test.nss" });
}

/** The error generating from `text` throws (the test fails if none is thrown). */
function errorOf(text: string): NssDeclarationError {
  try {
    generateDeclarations(text, { sourceName: "test.nss" });
  } catch (e) {
    expect(e).toBeInstanceOf(NssDeclarationError);
    return e as NssDeclarationError;
  }
  throw new Error("expected an NssDeclarationError");
}

describe("parseNwscriptNss", () => {
  it("reads structures, constants and prototypes into the data model", () => {
    const file = parseNwscriptNss(
      [
        "#define ENGINE_NUM_STRUCTURES 1",
        "#define ENGINE_STRUCTURE_0 effect",
        "int    A_B = -3 ;  // trailing comment",
        "float  R = 1.67f;",
        'string S = "x y";',
        "effect E( int n = A_B , vector v=[0.0, 1.0,-2.0f], string s = \"\" );",
      ].join("\n"),
    );
    expect(file).toEqual({
      engineStructures: [{ index: 0, name: "effect", line: 2 }],
      constants: [
        { type: "int", name: "A_B", valueText: "-3", line: 3 },
        { type: "float", name: "R", valueText: "1.67", line: 4 },
        { type: "string", name: "S", valueText: '"x y"', line: 5 },
      ],
      functions: [
        {
          returnType: "effect",
          name: "E",
          line: 6,
          params: [
            { type: "int", name: "n", defaultText: "A_B" },
            { type: "vector", name: "v", defaultText: "[0.0,1.0,-2.0f]" },
            { type: "string", name: "s", defaultText: '""' },
          ],
        },
      ],
    });
  });
});

describe("generateDeclarations on synthetic input", () => {
  it("ignores // comments and /* */ blocks, even around and inside a prototype", () => {
    const out = generate(
      [
        "// int COMMENTED = 1;",
        "/* void Hidden();",
        "   int ALSO_HIDDEN = 2; */",
        "int SHOWN = 3; /* inline */ // and trailing",
        "void F(int n /* count */,",
        "       object o = OBJECT_INVALID );",
      ].join("\n"),
    );
    expect(out).not.toMatch(/COMMENTED|Hidden|ALSO_HIDDEN|count|inline|trailing/);
    expect(out).toContain("/** @value 3 */\ndeclare const SHOWN: int;");
    expect(out).toContain("/** @nwscript void F(int n, object o = OBJECT_INVALID) */\ndeclare function F(n: int, o?: object): void;");
  });

  it("suffixes a parameter named like a TypeScript reserved word", () => {
    const out = generate("void G(int default, string in = \"\");");
    expect(out).toContain('/** @nwscript void G(int default, string in = "") */\ndeclare function G(default_: int, in_?: string): void;');
  });

  it("reports a malformed prototype at its line", () => {
    const error = errorOf(`${STRUCTURES}\nint OK = 1;\n\nvoid Broken(int n float f);\n`);
    expect(error.line).toBe(12);
    expect(error.message).toBe("expected ',' or ')' after parameter 'n', found 'float'");
  });

  it("reports a prototype without its semicolon on the next line", () => {
    const error = errorOf(`${STRUCTURES}\nvoid A()\nvoid B();\n`);
    expect(error.line).toBe(11);
    expect(error.message).toBe("expected ';' after the prototype of 'A', found 'void'");
  });

  it("reports an unknown type", () => {
    const error = errorOf(`${STRUCTURES}\n\nvoid A(struct s);\n`);
    expect(error.line).toBe(11);
    expect(error.message).toBe("expected a parameter type, found 'struct'");
  });

  it("reports an unterminated /* */ comment at its start", () => {
    const error = errorOf(`${STRUCTURES}\n/* open\nint A = 1;\n`);
    expect(error.line).toBe(10);
  });

  it("rejects an engine structure types.d.ts does not declare", () => {
    const error = errorOf(`${STRUCTURES.replace("ENGINE_NUM_STRUCTURES   8", "ENGINE_NUM_STRUCTURES 9")}\n#define ENGINE_STRUCTURE_8 widget\n`);
    expect(error.line).toBe(10);
    expect(error.message).toContain("unknown engine structure 'widget'");
  });

  it("rejects a file that leaves out one of the engine structures", () => {
    const withoutJson = STRUCTURES.replace("ENGINE_NUM_STRUCTURES   8", "ENGINE_NUM_STRUCTURES 7").replace(/\n.*json$/, "");
    expect(errorOf(withoutJson).message).toBe("expected the engine structure json");
  });

  it("rejects a structure count that does not match the list", () => {
    const error = errorOf(STRUCTURES.replace("ENGINE_NUM_STRUCTURES   8", "ENGINE_NUM_STRUCTURES 9"));
    expect(error.line).toBe(1);
  });

  it("rejects a duplicate name and a required parameter after an optional one", () => {
    expect(errorOf(`${STRUCTURES}\nint A = 1;\nint A = 2;\n`).message).toBe("'A' is already declared on line 10");
    expect(errorOf(`${STRUCTURES}\nvoid F(int a = 1, int b);\n`).message).toBe(
      "expected a default value for 'b' (it follows a parameter that has one), found ')'",
    );
  });
});
