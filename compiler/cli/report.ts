// What the user reads: diagnostics on stderr, one summary line on stdout.
import { type Diagnostic, formatDiagnostic } from "../index.js";
import type { CliIO } from "./io.js";

export function printDiagnostics(io: CliIO, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export interface WriteSummary {
  errors: number;
  files: number;
  changed: number;
  removed: number;
  /** Output folder as the user should read it. */
  outDir: string;
}

/** `12 files written to nss-out (3 changed)`, prefixed by the error count when there are errors. */
export function describeWrite(s: WriteSummary): string {
  const details = [`${s.changed} changed`];
  if (s.removed > 0) details.push(`${plural(s.removed, "stale file")} removed`);
  const written = `${plural(s.files, "file")} written to ${s.outDir} (${details.join(", ")})`;
  return s.errors > 0 ? `${plural(s.errors, "error")}; ${written}` : written;
}
