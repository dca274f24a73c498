// The NWScript checker of tools/nwscript, loaded on first use.
//
// The import is dynamic with a computed specifier so the CLI compiles while tools/nwscript is
// being written; the interface below is that module's contract.
import { fileURLToPath } from "node:url";
import { UsageError } from "./errors.js";

export interface NssDiagnostic {
  file: string;
  line: number;
  message: string;
}

export interface CheckFileOptions {
  includeDirs?: string[];
  /** Check a file without main/StartingConditional as an include. */
  asInclude?: boolean;
}

export type CheckFile = (path: string, options?: CheckFileOptions) => { diagnostics: NssDiagnostic[] };

const CHECKER_MODULE = "../../tools/nwscript/index.js";

export async function loadCheckFile(): Promise<CheckFile> {
  const specifier = new URL(CHECKER_MODULE, import.meta.url).href;
  let module: { checkFile?: unknown };
  try {
    module = (await import(specifier)) as { checkFile?: unknown };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ERR_MODULE_NOT_FOUND") {
      throw new UsageError(`nss-check is not available in this build (${fileURLToPath(specifier)} is missing)`);
    }
    throw error;
  }
  if (typeof module.checkFile !== "function") throw new Error("tools/nwscript/index.js does not export checkFile");
  return module.checkFile as CheckFile;
}
