// Shared helpers for the NWScript front-end tests.
import { type CheckOptions, checkSource } from "../../tools/nwscript/index.js";

/** "ok", or "error LINE MESSAGE" for the first diagnostic, like the corpus' .expected files. */
export function verdict(
  source: string,
  options: CheckOptions & { readInclude?: (name: string) => string | undefined } = {},
  fileName = "test.nss",
): string {
  const { diagnostics } = checkSource(source, fileName, options);
  if (diagnostics.length === 0) return "ok";
  return `error ${diagnostics[0].line} ${diagnostics[0].message}`;
}
