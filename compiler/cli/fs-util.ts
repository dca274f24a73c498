// Small file-system questions asked all over the CLI.
import fs from "node:fs";

export function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

export function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The file's text, or undefined when it does not exist. */
export function readTextIfExists(p: string): string | undefined {
  try {
    return fs.readFileSync(p, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Writes only when the text differs, so unchanged files keep their timestamps. Returns whether it wrote. */
export function writeTextIfChanged(p: string, text: string): boolean {
  if (readTextIfExists(p) === text) return false;
  fs.writeFileSync(p, text);
  return true;
}
