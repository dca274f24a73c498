// The generated declarations, with the hand-written types.d.ts, as the TypeScript compiler sees them.
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { committedDeclarationsPath, engineDir, typesDeclarationsPath } from "./paths.js";

const SAMPLE_PATH = path.join(engineDir, "__sample__.ts");
// Parsed lib and declaration files, shared by the checks below (parsing them dominates the time).
const sourceFileCache = new Map<string, ts.SourceFile | undefined>();

/** Type-checks types.d.ts, nwscript.d.ts and, optionally, an in-memory sample program. */
function diagnostics(sample?: string): string[] {
  const options: ts.CompilerOptions = {
    noEmit: true,
    strict: true,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    types: [],
    skipLibCheck: false,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (fileName, languageVersion, ...rest) =>
    sample !== undefined && path.resolve(fileName) === SAMPLE_PATH
      ? ts.createSourceFile(fileName, sample, languageVersion)
      : cached(fileName, () => getSourceFile.call(host, fileName, languageVersion, ...rest));
  const roots = [typesDeclarationsPath, committedDeclarationsPath, ...(sample === undefined ? [] : [SAMPLE_PATH])];
  const program = ts.createProgram(roots, options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : "";
    return `${where} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}

function cached(fileName: string, parse: () => ts.SourceFile | undefined): ts.SourceFile | undefined {
  if (!sourceFileCache.has(fileName)) sourceFileCache.set(fileName, parse());
  return sourceFileCache.get(fileName);
}

describe("nwscript.d.ts type-checks", () => {
  it("with types.d.ts alone, without any diagnostic", () => {
    expect(diagnostics()).toEqual([]);
  });

  it("accepts a program that uses it as intended", () => {
    const sample = [
      'const n: int = GetLocalInt(OBJECT_SELF, "x");',
      'DelayCommand(1.0, () => PrintString("a"));',
      "PrintFloat(1.5);",
      "PrintFloat(PI, 6, n);",
      "const l: location = GetLocation(OBJECT_SELF);",
      "const o: object = GetFirstObjectInShape(SHAPE_SPHERE, RADIUS_SIZE_SMALL, l);",
      "ApplyEffectToObject(DURATION_TYPE_INSTANT, EffectHeal(n), o);",
    ].join("\n");
    expect(diagnostics(sample)).toEqual([]);
  });

  it("rejects an int where a float is expected", () => {
    const found = diagnostics('const f: float = GetLocalInt(OBJECT_SELF, "x");');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("TS2322");
  });

  it("rejects a missing required argument and a wrong engine structure", () => {
    const found = diagnostics("DelayCommand(1.0);\nApplyEffectToObject(DURATION_TYPE_INSTANT, GetLocation(OBJECT_SELF), OBJECT_SELF);");
    expect(found.map((d) => d.split(" ")[1])).toEqual(["TS2554:", "TS2345:"]);
  });
});
