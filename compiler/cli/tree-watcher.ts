// Watches a folder tree with one non-recursive fs.watch per folder.
//
// Node 20's `fs.watch(dir, { recursive: true })` on Linux watches each file's inode, so it loses
// a file as soon as an editor saves it atomically (write a temporary file, rename it over the
// original; `sed -i` and many editors do this). A watcher on the folder sees those renames.
// New folders are watched as they appear; the files of a folder that disappears are reported
// as changed (deleted) because no event names them when the folder is moved away.
import fs from "node:fs";
import path from "node:path";

export interface TreeWatcherOptions {
  /** Called with the absolute path of every file that may have been added, changed or deleted. */
  onFile: (file: string) => void;
  /** Folders not to descend into. */
  skipDir: (dir: string) => boolean;
  onError: (dir: string, error: Error) => void;
}

export class TreeWatcher {
  private readonly watchers = new Map<string, fs.FSWatcher>();
  /** Files seen per folder, to report the contents of a folder that vanishes. */
  private readonly files = new Map<string, Set<string>>();
  private closed = false;

  constructor(
    readonly root: string,
    private readonly options: TreeWatcherOptions,
  ) {
    this.addTree(root, false);
  }

  close(): void {
    this.closed = true;
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
    this.files.clear();
  }

  /** Watches dir and its subfolders; `announce` reports their files (a folder that just appeared). */
  private addTree(dir: string, announce: boolean): void {
    if (this.closed || this.watchers.has(dir) || (dir !== this.root && this.options.skipDir(dir))) return;
    let watcher: fs.FSWatcher;
    let entries: fs.Dirent[];
    try {
      watcher = fs.watch(dir, (_event, name) => {
        if (name !== null) this.onEvent(dir, name.toString());
      });
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") this.options.onError(dir, error as Error);
      return;
    }
    watcher.on("error", (error) => {
      if (!this.removeTree(dir)) this.options.onError(dir, error);
    });
    this.watchers.set(dir, watcher);
    const files = new Set<string>();
    this.files.set(dir, files);
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) this.addTree(full, announce);
      else {
        files.add(full);
        if (announce) this.options.onFile(full);
      }
    }
  }

  private onEvent(dir: string, name: string): void {
    if (this.closed) return;
    const full = path.join(dir, name);
    const stat = statOrUndefined(full);
    if (stat?.isDirectory()) {
      this.addTree(full, true);
      return;
    }
    if (this.removeTree(full)) return;
    const files = this.files.get(dir);
    if (stat) files?.add(full);
    else files?.delete(full);
    this.options.onFile(full);
  }

  /** A watched folder is gone: stop watching it and report every file it held. */
  private removeTree(dir: string): boolean {
    if (!this.watchers.has(dir) || fs.existsSync(dir)) return false;
    const prefix = dir + path.sep;
    for (const [watched, watcher] of [...this.watchers]) {
      if (watched !== dir && !watched.startsWith(prefix)) continue;
      watcher.close();
      this.watchers.delete(watched);
      for (const file of this.files.get(watched) ?? []) this.options.onFile(file);
      this.files.delete(watched);
    }
    return true;
  }
}

function statOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}
