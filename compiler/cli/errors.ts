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
  const oneLine = message.split(/\r?\n/).map((s) => s.trim()).filter(Boolean).join(" ");
  return `npc-build: internal error: ${oneLine} (set NPC_BUILD_DEBUG=1 for details)\n`;
}

export function isDebug(env: Record<string, string | undefined>): boolean {
  return env.NPC_BUILD_DEBUG === "1";
}
