// The module sources wire looks at: *.utc.json, *.are.json and module.ifo.json under a folder.
import fs from "node:fs";
import path from "node:path";
import { kindOf, type SourceKind } from "./hooks.js";
import { isAreaInstances } from "./placed-creatures.js";

export interface SourceFile {
  path: string;
  kind: SourceKind;
}

/**
 * Every source under dir (and, apart, the areas' instance files *.git.json), in a stable order (sorted by path). Folders whose name starts with "."
 * (.git, nasher's .nasher build cache) and node_modules are skipped; symbolic links are not followed.
 */
export function findSources(dir: string): { sources: SourceFile[]; instances: string[] } {
  const found: SourceFile[] = [];
  const instances: string[] = [];
  const visit = (folder: string): void => {
    const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith(".") && entry.name !== "node_modules") visit(full);
        continue;
      }
      if (!entry.isFile()) continue;
      const kind = kindOf(entry.name);
      if (kind) found.push({ path: full, kind });
      else if (isAreaInstances(entry.name)) instances.push(full);
    }
  };
  visit(dir);
  return { sources: found, instances };
}
