// `npc-build watch`: build, then rebuild on every change until SIGINT/SIGTERM.
import { ExitCode } from "../errors.js";
import { type CliIO, displayPath } from "../io.js";
import { startWatch } from "../watcher.js";

export async function watchCommand(io: CliIO, flags: { project?: string; out?: string }): Promise<ExitCode> {
  const handle = startWatch({ io, flags: { project: flags.project, out: flags.out } });
  const dirs = handle.watchedDirs.map((d) => displayPath(io, d)).join(", ");
  io.stdout(`npc-build: watching ${dirs} (Ctrl+C to stop)\n`);
  try {
    await waitForStop(io.stopSignal);
  } finally {
    handle.close();
  }
  return ExitCode.ok;
}

/** Resolves on SIGINT, SIGTERM or when the caller's signal aborts. */
function waitForStop(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      signal?.removeEventListener("abort", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    if (signal?.aborted) stop();
    else signal?.addEventListener("abort", stop);
  });
}
