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
}

/** Options of a project build; the CLI merges tsconfig's "npcBuild" block with its flags into this. */
export interface ProjectOptions {
  /** Path of the tsconfig.json that lists the subset modules. */
  tsconfigPath: string;
  /** Only modules under this folder are transpiled (default: every non-declaration file of the project). */
  rootDir?: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col} - error ${d.code}: ${d.message}`;
}
