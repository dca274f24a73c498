// Where the CLI reads and writes: the real process in main.ts, captured buffers in tests.
import path from "node:path";

export interface CliIO {
  /** Receives complete lines (with their newline) meant for stdout. */
  stdout(text: string): void;
  /** Receives complete lines (with their newline) meant for stderr. */
  stderr(text: string): void;
  /** Working directory that relative paths on the command line are resolved against. */
  cwd: string;
  /** Environment (NWN_SCRIPT_COMP, PATH, NPC_BUILD_DEBUG). */
  env: Record<string, string | undefined>;
  /** Stops a running `watch` command (SIGINT/SIGTERM do the same for the real process). */
  stopSignal?: AbortSignal;
}

export function processIO(): CliIO {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  };
}

/**
 * A path as the user should read it, with forward slashes: relative to the working directory
 * when it is inside it (as the compiler's diagnostics are), absolute otherwise.
 */
export function displayPath(io: CliIO, absolute: string): string {
  const rel = path.relative(io.cwd, absolute);
  const outside = rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
  const shown = rel === "" ? "." : outside ? absolute : rel;
  return shown.split(path.sep).join("/");
}

export function resolveFrom(io: CliIO, p: string): string {
  return path.resolve(io.cwd, p);
}
