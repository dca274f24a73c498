// NWScript front end: checks a script the way the official compiler does (same first error, same
// line, same message) and returns its typed syntax tree for interpretation.
//
// Choices where the official compiler gives no usable answer:
// - A script with neither `void main()` nor `int StartingConditional()` (checked without
//   `asInclude`) gets the official "NO FUNCTION MAIN IN SCRIPT", without a line.
// - Calling a prototype that never gets a body is "UNDEFINED IDENTIFIER (Name)" without a line
//   (the official compiler prints an empty name there); like the official compiler it is only
//   reported when the calling function can run from main/StartingConditional or a global.
// - `continue` outside a loop is the official "UNKNOWN STATE IN COMPILER" without a line, with
//   the same reachability rule.
// - An int division or remainder of two constants by zero (or INT_MIN by -1) crashes the official
//   compiler while it folds constants; it is reported as "DIVISION BY ZERO IN CONSTANT EXPRESSION"
//   (or "DIVISION OVERFLOW IN CONSTANT EXPRESSION").
// - Nesting so deep that the recursive parser runs out of stack (thousands of brackets) is
//   "SCRIPT NESTED TOO DEEPLY TO CHECK", without a line.
// - A string literal reaching 32768 bytes is "TOKEN TOO LONG"; more than 32 parameters is
//   "TOO MANY PARAMETERS ON FUNCTION".
// - A string still open at the end of the file is "UNTERMINATED STRING CONSTANT"; `do ; while`
//   (which crashes the official compiler) is "UNKNOWN STATE IN COMPILER"; a void call used as a
//   condition (the official compiler tests whatever value lies below it) is "NON INTEGER
//   EXPRESSION WHERE INTEGER REQUIRED", or "INTEGER NOT AT TOP OF STACK" for `?:`.
import path from "node:path";
import type { CheckedProgram } from "./ast.js";
import { checkProgram } from "./checker.js";
import { E, NssError } from "./errors.js";
import { includeLoader, readScript } from "./includes.js";
import { type Langspec, loadLangspec } from "./langspec.js";
import { parseProgram } from "./parser.js";
import { SymbolTable } from "./symbols.js";

export type { CheckedProgram } from "./ast.js";
export type * from "./ast.js";
export type { NssType } from "./types.js";
export { caseStringValue, xxh32 } from "./hash.js";
export { loadLangspec, type Langspec } from "./langspec.js";
export { tokenize, type Token } from "./lexer.js";

/** line 0 = no line; message = the official text, e.g. "UNDEFINED IDENTIFIER (DoesNotExist)". */
export interface NssDiagnostic {
  file: string;
  line: number;
  message: string;
}

/** asInclude: the file has no main and is checked as an include. */
export interface CheckOptions {
  includeDirs?: string[];
  langspecPath?: string;
  /** An already loaded specification (wins over langspecPath). */
  langspec?: Langspec;
  asInclude?: boolean;
}

/** program only when there are no errors. */
export interface CheckResult {
  diagnostics: NssDiagnostic[];
  program?: CheckedProgram;
}

export function checkFile(file: string, options: CheckOptions = {}): CheckResult {
  const text = readScript(file);
  if (text === undefined) return { diagnostics: [{ file, line: 0, message: E.FILE_NOT_FOUND }] };
  return checkSource(text, file, options);
}

export function checkSource(
  text: string,
  fileName: string,
  options: CheckOptions & { readInclude?: (name: string) => string | undefined } = {},
): CheckResult {
  let spec: Langspec;
  try {
    spec = options.langspec ?? loadLangspec(options.langspecPath);
  } catch (error) {
    if (error instanceof NssError) return { diagnostics: [toDiagnostic(error)] };
    const where = options.langspecPath ?? "nwscript.nss";
    return { diagnostics: [{ file: where, line: 0, message: `cannot read the language specification (${(error as Error).message})` }] };
  }
  try {
    const scriptName = path.basename(fileName).replace(/\.nss$/i, "");
    const parsed = parseProgram({ path: fileName, scriptName, text }, new SymbolTable(spec), includeLoader(options));
    const program = checkProgram(parsed, spec, { asInclude: options.asInclude === true, mainFile: fileName });
    return { diagnostics: [], program };
  } catch (error) {
    if (error instanceof NssError) return { diagnostics: [toDiagnostic(error)] };
    // Thousands of nested brackets exhaust the recursive parser; say so instead of crashing.
    if (error instanceof RangeError) return { diagnostics: [{ file: fileName, line: 0, message: TOO_DEEP }] };
    throw error;
  }
}

const TOO_DEEP = "SCRIPT NESTED TOO DEEPLY TO CHECK";

function toDiagnostic(e: NssError): NssDiagnostic {
  return { file: e.file, line: e.line, message: e.nssMessage };
}
