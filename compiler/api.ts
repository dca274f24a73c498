// The compiler's public surface: what the CLI, the tests and the benchmarks call.
// Each stage lives in its own module (load → check → lower → print); this file only wires them.

/** One located message. `file` is relative to the working directory when possible, with forward slashes. */
export interface Diagnostic {
  file: string;
  line: number; // 1-based
  col: number; // 1-based
  code: string; // "NPC1001" for ours, "TS2322" for TypeScript's own
  message: string;
}

/** One emitted NWScript file. */
export interface EmittedFile {
  /** Resource name without extension, lowercase [a-z0-9_]{1,16}. */
  name: string;
  /** The TypeScript module it came from (relative path, forward slashes). */
  source: string;
  /** "script" has main, "conditional" has StartingConditional, "include" has neither. */
  kind: "script" | "conditional" | "include";
  /** Complete NWScript text, ending with a newline. */
  text: string;
}

export interface BuildResult {
  files: EmittedFile[];
  diagnostics: Diagnostic[];
  /**
   * Problems with `ProjectOptions.constants` (unknown name, wrong type, a broken @npcCheck), one
   * per setting at most; the CLI reports them at the setting's key in tsconfig.json. Absent when none.
   */
  constantErrors?: ConstantError[];
}

/** A value from tsconfig's "npcBuild.constants" (JSON). */
export type ConstantValue = number | string | boolean;

export interface ConstantError {
  /** The setting's name (the const it sets). */
  name: string;
  message: string;
}

/** Options of a project build; the CLI merges tsconfig's "npcBuild" block with its flags into this. */
export interface ProjectOptions {
  /** Path of the tsconfig.json that lists the subset modules. */
  tsconfigPath: string;
  /** Only modules under this folder are transpiled (default: every non-declaration file of the project). */
  rootDir?: string;
  /** Exported const name → the value that replaces its initializer (tunables set from build configuration). */
  constants?: Readonly<Record<string, ConstantValue>>;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col} - error ${d.code}: ${d.message}`;
}
