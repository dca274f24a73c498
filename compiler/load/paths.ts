// Where the toolchain's own files are, whether it runs from sources (vitest) or from dist/.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cachedRoot: string | undefined;

/** The npc-build package folder (holds package.json and runtime-ts/). */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, "utf8")).name === "npc-build") return (cachedRoot = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error("cannot find the npc-build package folder");
    dir = up;
  }
}

/** The hand-written value types and the generated engine API, in that order. */
export function engineDeclarationFiles(): string[] {
  const dir = join(packageRoot(), "runtime-ts", "engine");
  return [join(dir, "types.d.ts"), join(dir, "nwscript.d.ts")];
}

/** Forward-slash path relative to the working directory (for messages and file headers). */
export function displayPath(file: string, base = process.cwd()): string {
  const norm = (p: string) => p.replace(/\\/g, "/");
  const f = norm(file);
  const b = norm(base).replace(/\/$/, "");
  return f.startsWith(b + "/") ? f.slice(b.length + 1) : f;
}
