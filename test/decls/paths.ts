// Where the decls tests find the repository, the shared nwscript.nss and the committed output.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const sharedNwscriptPath = path.resolve(repoRoot, "../shared/nwscript/nwscript.nss");
export const engineDir = path.join(repoRoot, "runtime-ts/engine");
export const committedDeclarationsPath = path.join(engineDir, "nwscript.d.ts");
export const typesDeclarationsPath = path.join(engineDir, "types.d.ts");
export const SHARED_SOURCE_NAME = "nwscript.nss (NWN:EE 8193.37)";
