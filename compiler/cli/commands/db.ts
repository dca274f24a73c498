// PLACEHOLDER (being written now; must not survive the session): npc-build db migrate|status|verify.
import { ExitCode, UsageError } from "../errors.js";
import type { CliIO } from "../io.js";

export interface DbFlags {
  db: string;
  migrations?: string;
}

export async function dbMigrateCommand(_io: CliIO, _flags: DbFlags): Promise<ExitCode> {
  throw new UsageError("db migrate is not built yet");
}
export async function dbStatusCommand(_io: CliIO, _flags: DbFlags): Promise<ExitCode> {
  throw new UsageError("db status is not built yet");
}
export async function dbVerifyCommand(_io: CliIO, _flags: DbFlags): Promise<ExitCode> {
  throw new UsageError("db verify is not built yet");
}
