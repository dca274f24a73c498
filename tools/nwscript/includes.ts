// Where `#include "name"` finds name.nss: the caller's in-memory files first, then the including
// file's folder, then the include folders in order. Files are read as Latin-1 so every byte of a
// script is one char (NWScript strings are byte strings).
import fs from "node:fs";
import path from "node:path";
import type { IncludeLoader } from "./parser.js";

export interface IncludeSearch {
  readonly includeDirs?: readonly string[];
  /** In-memory includes by name (without .nss); undefined means "not here, look on disk". */
  readonly readInclude?: (name: string) => string | undefined;
}

export function readScript(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "latin1");
  } catch {
    return undefined;
  }
}

export function includeLoader(search: IncludeSearch): IncludeLoader {
  return {
    load(name: string, fromPath: string) {
      const memory = search.readInclude?.(name);
      if (memory !== undefined) return { path: `${name}.nss`, text: memory };
      const dirs = [path.dirname(fromPath), ...(search.includeDirs ?? [])];
      const names = name === name.toLowerCase() ? [name] : [name, name.toLowerCase()];
      for (const dir of dirs) {
        for (const n of names) {
          const candidate = path.join(dir, `${n}.nss`);
          if (!fs.existsSync(candidate) || !fs.statSync(candidate).isFile()) continue;
          const text = readScript(candidate);
          if (text !== undefined) return { path: candidate, text };
        }
      }
      return undefined;
    },
  };
}
