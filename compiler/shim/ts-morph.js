// ts-morph loaded with require(): an ESM `import` of this large CommonJS bundle makes Node scan
// it for named exports first, which costs most of a second on every run of the CLI.
// Modules import "#ts-morph" (package.json "imports"); the types come from ts-morph.d.ts beside this file.
import { createRequire } from "node:module";

const morph = createRequire(import.meta.url)("ts-morph");
export const ts = morph.ts;
export const Project = morph.Project;
