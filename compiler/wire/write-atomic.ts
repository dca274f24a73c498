// Writes a set of files so that a failure leaves the old files in place: every new text goes to a
// temporary file next to its target first, and only when all of them are written are they renamed.
import fs from "node:fs";
import path from "node:path";

export interface PendingWrite {
  path: string;
  text: string;
}

export function writeAllAtomically(writes: readonly PendingWrite[]): void {
  const temps: { temp: string; target: string }[] = [];
  try {
    for (const write of writes) {
      const temp = path.join(path.dirname(write.path), `.${path.basename(write.path)}.${process.pid}.npc-wire.tmp`);
      temps.push({ temp, target: write.path });
      fs.writeFileSync(temp, write.text);
      // Keep the file's permissions.
      fs.chmodSync(temp, fs.statSync(write.path).mode & 0o7777);
    }
  } catch (error) {
    for (const { temp } of temps) fs.rmSync(temp, { force: true });
    throw error;
  }
  for (const { temp, target } of temps) fs.renameSync(temp, target);
}
