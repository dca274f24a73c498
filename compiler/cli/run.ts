// Runs one command line in-process and returns its exit code; main.ts and the tests call this.
import { CommanderError } from "commander";
import { describeFailure, ExitCode, isDebug, oneLine } from "./errors.js";
import type { CliIO } from "./io.js";
import { createProgram } from "./program.js";

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const program = createProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    return reportFailure(io, error);
  }
}

function reportFailure(io: CliIO, error: unknown): number {
  if (error instanceof CommanderError) return reportCommanderError(io, error);
  const failure = describeFailure(error, isDebug(io.env));
  io.stderr(failure.text);
  return failure.exitCode;
}

function reportCommanderError(io: CliIO, error: CommanderError): number {
  switch (error.code) {
    case "commander.helpDisplayed":
    case "commander.version":
      return ExitCode.ok;
    case "commander.help":
      // `help [command]` exits 0; with no command at all commander prints the help on stderr and fails.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.badInput;
    default:
      io.stderr(`npc-build: ${oneLine(error.message.replace(/^error: /, ""))}\n`);
      return ExitCode.badInput;
  }
}
