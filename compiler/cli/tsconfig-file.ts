// Reads a tsconfig.json the way tsc does (comments and trailing commas allowed) and turns
// every problem in it into a one-line UsageError that names the file, line and column.
import fs from "node:fs";
import path from "node:path";
import { ts } from "#ts-morph";
import { UsageError } from "./errors.js";
import { isFile } from "./fs-util.js";
import { type CliIO, displayPath } from "./io.js";

export interface TsconfigFile {
  /** Absolute path. */
  path: string;
  source: ts.TsConfigSourceFile;
  /** The parsed project: root file names (absolute) and compiler options. */
  parsed: ts.ParsedCommandLine;
}

export function readTsconfig(io: CliIO, tsconfigPath: string): TsconfigFile {
  const shown = displayPath(io, tsconfigPath);
  if (!isFile(tsconfigPath)) throw new UsageError(`${shown}: project file not found`);
  const readFile = (p: string) => fs.readFileSync(p, "utf8");
  // readConfigFile reports JSON syntax errors; the source file keeps positions for our own checks.
  const syntax = ts.readConfigFile(tsconfigPath, readFile).error;
  if (syntax) throw new UsageError(describeTsDiagnostic(io, syntax, shown));
  const source = ts.readJsonConfigFile(tsconfigPath, readFile);
  const parsed = ts.parseJsonSourceFileConfigFileContent(source, ts.sys, path.dirname(tsconfigPath), undefined, tsconfigPath);
  if (parsed.errors.length > 0) throw new UsageError(describeTsDiagnostic(io, parsed.errors[0]!, shown));
  return { path: tsconfigPath, source, parsed };
}

/** `file:line:col: message` for a diagnostic of the tsconfig (or of a file it extends). */
export function describeTsDiagnostic(io: CliIO, d: ts.Diagnostic, fallbackFile: string): string {
  const text = ts.flattenDiagnosticMessageText(d.messageText, " ");
  if (!d.file || d.start === undefined) return `${fallbackFile}: ${text}`;
  return `${locate(io, d.file, d.start)}: ${text}`;
}

export function locate(io: CliIO, file: ts.SourceFile, pos: number): string {
  const { line, character } = ts.getLineAndCharacterOfPosition(file, pos);
  return `${displayPath(io, path.resolve(file.fileName))}:${line + 1}:${character + 1}`;
}
