// Entry point of the npc-build command (bin/npc-build.js imports the compiled form of this file).
import { processIO } from "./io.js";
import { run } from "./run.js";

// `npc-build decls | head` closes stdout early; that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
});

process.exitCode = await run(process.argv.slice(2), processIO());
