// Writes runtime-ts/persist/npc_db_migs.ts from db/migrations (run from the repository root).
import fs from "node:fs";
import path from "node:path";
import { MigrationsError, readMigrationsDir } from "./migrations-dir.js";
import { MIGS_MODULE_PATH, renderMigsModule } from "./migs-module.js";

const root = process.cwd();
try {
  const text = renderMigsModule(readMigrationsDir(path.join(root, "db/migrations")));
  const target = path.join(root, MIGS_MODULE_PATH);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const changed = !fs.existsSync(target) || fs.readFileSync(target, "utf8") !== text;
  if (changed) fs.writeFileSync(target, text);
  process.stdout.write(`write-migs-module: ${MIGS_MODULE_PATH}${changed ? " written" : " unchanged"}\n`);
} catch (e) {
  if (!(e instanceof MigrationsError)) throw e;
  process.stderr.write(`write-migs-module: ${path.relative(root, e.file)}${e.line === undefined ? "" : `:${e.line}`}: ${e.message}\n`);
  process.exitCode = 2;
}
