// Exit codes and the two kinds of failure the CLI tells apart.

export const ExitCode = {
  ok: 0,
  /** The input had diagnostics (TypeScript, subset, NWScript or the official compiler). */
  diagnostics: 1,
  /** Bad command line or configuration. */
  badInput: 2,
  /** A bug in npc-build. */
  internal: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Bad input from the user: reported as one line `npc-build: <message>`, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The one line (or, with NPC_BUILD_DEBUG=1, the stack) printed for an unexpected error. */
export function describeInternalError(error: unknown, debug: boolean): string {
  if (debug && error instanceof Error && error.stack) return `npc-build: internal error: ${error.stack}\n`;
  const message = error instanceof Error ? error.message : String(error);
  return `npc-build: internal error: ${oneLine(message)} (set NPC_BUILD_DEBUG=1 for details)\n`;
}

export function isDebug(env: Record<string, string | undefined>): boolean {
  return env.NPC_BUILD_DEBUG === "1";
}

/** A failed system call (a read-only or missing folder, a file where a folder should be): the environment, not a bug. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  const e = error as NodeJS.ErrnoException;
  return error instanceof Error && typeof e.code === "string" && typeof e.syscall === "string";
}

/** How a failure is reported: bad input (and the environment) in one line, anything else as internal. */
export function describeFailure(error: unknown, debug: boolean): { text: string; exitCode: ExitCode } {
  if (error instanceof UsageError || isSystemError(error)) {
    return { text: `npc-build: ${oneLine(error.message)}\n`, exitCode: ExitCode.badInput };
  }
  return { text: describeInternalError(error, debug), exitCode: ExitCode.internal };
}

export function oneLine(text: string): string {
  return text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean).join(" ");
}
