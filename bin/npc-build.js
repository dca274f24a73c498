#!/usr/bin/env node
// Entry point of the npc-build command; the CLI itself is compiled to dist/ by `make build`.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = new URL("../dist/compiler/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write("npc-build: the tool is not built yet; run `make build` (or `npm run build:tool`) first\n");
  process.exit(2);
}
await import(main.href);
