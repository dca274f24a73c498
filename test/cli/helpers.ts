// Shared by the CLI tests: temp folders and an in-process run with captured output.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CliIO } from "../../compiler/cli/io.js";
import { run } from "../../compiler/cli/run.js";

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

export function tempDir(): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "npc-cli-")));
}

/** Writes files (relative path → text) under dir, creating folders. */
export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const full = path.join(dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
}

export function captureIO(cwd: string, env: Record<string, string | undefined> = {}): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, env, out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}

export async function runCli(argv: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<Captured> {
  const io = captureIO(cwd, env);
  const code = await run(argv, io);
  return { code, stdout: io.out.join(""), stderr: io.err.join("") };
}

/** Lines of a captured stream, without the empty one after the last newline. */
export function lines(text: string): string[] {
  return text.split("\n").filter((l) => l !== "");
}

/** A tsconfig.json for a temp project, with an optional "npcBuild" block. */
export function tsconfigText(npcBuild?: Record<string, unknown>, include = ["src/**/*.ts"]): string {
  const config: Record<string, unknown> = {
    compilerOptions: { target: "ES2022", module: "ESNext", moduleResolution: "Bundler", lib: ["ES2022"], types: [], strict: true, noEmit: true, skipLibCheck: true },
    include,
  };
  if (npcBuild) config.npcBuild = npcBuild;
  return JSON.stringify(config, null, 2) + "\n";
}

/** Polls until the predicate holds (file-system events arrive asynchronously). */
export async function waitFor(predicate: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
