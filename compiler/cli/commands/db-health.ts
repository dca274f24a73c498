// PLACEHOLDER (being written now; must not survive the session): npc-build db health.
import { ExitCode, UsageError } from "../errors.js";
import type { CliIO } from "../io.js";

export interface DbHealthFlags {
  db: string;
  maxUnreachable?: string;
  samples?: string;
}

export async function dbHealthCommand(_io: CliIO, _flags: DbHealthFlags): Promise<ExitCode> {
  throw new UsageError("db health is not built yet");
}
