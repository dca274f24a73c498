// The engine of `npc-build watch`: builds once, then rebuilds through BuildSession.update() when
// project files change. Exported so tests can drive it in-process and close it.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { type BuildResult, type BuildSession, openProject } from "../index.js";
import { applyBuildResult } from "./apply-build.js";
import { loadProjectConfig, type ProjectConfig, type ProjectFlags, projectOptions, throwConstantErrors } from "./config.js";
import { describeFailure, isDebug, UsageError } from "./errors.js";
import { type CliIO, displayPath } from "./io.js";
import { TreeWatcher } from "./tree-watcher.js";

export interface WatchOptions {
  io: CliIO;
  flags: ProjectFlags;
  /** Quiet period after the last file event before rebuilding. */
  debounceMs?: number;
}

export interface RebuildReport {
  /** Absolute paths of the modules that changed (handed to session.update() unless the project was reopened). */
  changedPaths: string[];
  /** Whether tsconfig.json changed, so the project was opened again. */
  reopened: boolean;
  diagnostics: number;
  /** Files whose text changed on disk. */
  changed: number;
  elapsedMs: number;
}

export interface WatchHandle {
  /** The folders being watched. */
  readonly watchedDirs: readonly string[];
  /** Resolves after the next rebuild has written its files. */
  nextRebuild(): Promise<RebuildReport>;
  close(): void;
}

export const DEFAULT_DEBOUNCE_MS = 50;

/** Loads the project (UsageError on bad configuration), builds it once and starts watching. */
export function startWatch(options: WatchOptions): WatchHandle {
  const watcher = new ProjectWatcher(options);
  watcher.start();
  return watcher;
}

class ProjectWatcher implements WatchHandle {
  private readonly io: CliIO;
  private config!: ProjectConfig;
  private session!: BuildSession;
  private watchers: { close(): void }[] = [];
  private pending = new Set<string>();
  private tsconfigChanged = false;
  private timer: NodeJS.Timeout | undefined;
  private waiters: { resolve: (r: RebuildReport) => void; reject: (e: Error) => void }[] = [];
  private closed = false;
  watchedDirs: string[] = [];

  constructor(private readonly options: WatchOptions) {
    this.io = options.io;
  }

  start(): void {
    this.config = loadProjectConfig(this.io, this.options.flags);
    this.session = openProject(projectOptions(this.config));
    // Watch before the first build so that edits made while it runs are not missed.
    this.watch();
    try {
      this.io.stdout(`npc-build: ${this.apply(this.session.build()).summary}\n`);
    } catch (error) {
      this.close();
      throw error;
    }
  }

  nextRebuild(): Promise<RebuildReport> {
    if (this.closed) return Promise.reject(new Error("the watcher is closed"));
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer);
    this.unwatch();
    for (const waiter of this.waiters.splice(0)) waiter.reject(new Error("the watcher was closed"));
  }

  /** The rootDir (or the tsconfig's folder) with its subfolders, plus the tsconfig's folder if outside it. */
  private watch(): void {
    const tsconfigDir = path.dirname(this.config.tsconfigPath);
    const root = this.config.rootDir ?? tsconfigDir;
    this.watchedDirs = [root];
    const outDir = this.config.outDir;
    this.watchers.push(
      new TreeWatcher(root, {
        onFile: (file) => this.onFileEvent(file),
        skipDir: (dir) => dir === outDir || path.basename(dir) === "node_modules" || path.basename(dir).startsWith("."),
        onError: (dir, error) => this.reportWatchError(dir, error),
      }),
    );
    if (!isInside(root, this.config.tsconfigPath)) {
      this.watchedDirs.push(tsconfigDir);
      const watcher = fs.watch(tsconfigDir, (_event, name) => {
        if (name !== null) this.onFileEvent(path.join(tsconfigDir, name.toString()));
      });
      watcher.on("error", (error) => this.reportWatchError(tsconfigDir, error));
      this.watchers.push(watcher);
    }
  }

  private reportWatchError(dir: string, error: Error): void {
    this.io.stderr(`npc-build: cannot watch ${displayPath(this.io, dir)}: ${error.message}\n`);
  }

  private unwatch(): void {
    for (const watcher of this.watchers.splice(0)) watcher.close();
  }

  private onFileEvent(file: string): void {
    if (this.closed) return;
    if (file === this.config.tsconfigPath) this.tsconfigChanged = true;
    else if (this.isProjectSource(file)) this.pending.add(file);
    else return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.rebuild(), this.options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  }

  private isProjectSource(file: string): boolean {
    if (!file.endsWith(".ts")) return false;
    if (isInside(this.config.outDir, file)) return false;
    return !file.split(path.sep).includes("node_modules");
  }

  private rebuild(): void {
    if (this.closed) return;
    const changedPaths = [...this.pending].sort();
    const reopened = this.tsconfigChanged;
    this.pending.clear();
    this.tsconfigChanged = false;
    const started = performance.now();
    try {
      let result: BuildResult;
      if (reopened && this.reload()) result = this.session.build();
      else if (changedPaths.length > 0) result = this.session.update(changedPaths);
      else return;
      const written = this.apply(result);
      const elapsedMs = Math.round(performance.now() - started);
      this.io.stdout(`npc-build: rebuilt in ${elapsedMs} ms: ${written.summary}\n`);
      const report = { changedPaths, reopened, diagnostics: result.diagnostics.length, changed: written.changed, elapsedMs };
      for (const waiter of this.waiters.splice(0)) waiter.resolve(report);
    } catch (error) {
      // Neither a compiler bug nor a file that cannot be written ends the session: report and keep watching.
      this.io.stderr(describeFailure(error, isDebug(this.io.env)).text);
    }
  }

  /** tsconfig.json changed: read it again and reopen the project. False if it is now invalid. */
  private reload(): boolean {
    let config: ProjectConfig;
    try {
      config = loadProjectConfig(this.io, this.options.flags);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      this.io.stderr(`npc-build: ${error.message} (still using the previous settings)\n`);
      return false;
    }
    this.config = config;
    this.unwatch();
    this.watch();
    this.session = openProject(projectOptions(config));
    return true;
  }

  private apply(result: BuildResult): { summary: string; changed: number } {
    // A bad "npcBuild.constants" setting writes nothing (and does not end a watch session).
    throwConstantErrors(this.config, result);
    const applied = applyBuildResult(this.io, result, { outDir: this.config.outDir, removeStale: true });
    return { summary: applied.summary, changed: applied.write.changed };
  }
}

function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}
