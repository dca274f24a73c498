// A unified diff built from the edits themselves (no general diff algorithm needed: we know
// exactly which lines each edit touches).
import { applyEdits, sortEdits, type TextEdit } from "./text-edit.js";

const CONTEXT = 3;

interface Block {
  /** First and last old line touched (0-based, inclusive). */
  first: number;
  last: number;
  edits: TextEdit[];
}

interface Change {
  first: number;
  last: number;
  newLines: string[];
}

export function unifiedDiff(displayName: string, text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return "";
  const starts = lineStarts(text);
  const oldLines = splitLines(text);
  const changes = blocks(starts, edits).map((block) => toChange(text, starts, block));
  let out = `--- a/${displayName}\n+++ b/${displayName}\n`;
  let delta = 0;
  for (const hunk of hunks(changes)) {
    const from = Math.max(0, hunk[0]!.first - CONTEXT);
    const to = Math.min(oldLines.length - 1, hunk[hunk.length - 1]!.last + CONTEXT);
    const body: string[] = [];
    let at = from;
    let added = 0;
    let removed = 0;
    for (const change of hunk) {
      for (; at < change.first; at++) body.push(" " + oldLines[at]);
      for (; at <= change.last; at++, removed++) body.push("-" + oldLines[at]);
      for (const line of change.newLines) body.push("+" + line), added++;
    }
    for (; at <= to; at++) body.push(" " + oldLines[at]);
    const oldCount = to - from + 1;
    const newCount = oldCount - removed + added;
    out += `@@ -${from + 1},${oldCount} +${from + 1 + delta},${newCount} @@\n${body.join("\n")}\n`;
    delta += added - removed;
  }
  return out;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return starts;
}

/** Lines without their terminators (a final newline does not start another line). */
function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Edits grouped by the lines they touch (edits sharing a line form one block). */
function blocks(starts: readonly number[], edits: readonly TextEdit[]): Block[] {
  const result: Block[] = [];
  for (const edit of sortEdits(edits)) {
    const first = lineOf(starts, edit.start);
    const last = lineOf(starts, Math.max(edit.start, edit.end - 1));
    const previous = result[result.length - 1];
    if (previous && first <= previous.last) {
      previous.last = Math.max(previous.last, last);
      previous.edits.push(edit);
    } else result.push({ first, last, edits: [edit] });
  }
  return result;
}

function toChange(text: string, starts: readonly number[], block: Block): Change {
  const from = starts[block.first]!;
  const to = block.last + 1 < starts.length ? starts[block.last + 1]! : text.length;
  const shifted = block.edits.map((e) => ({ start: e.start - from, end: e.end - from, text: e.text }));
  return { first: block.first, last: block.last, newLines: splitLines(applyEdits(text.slice(from, to), shifted)) };
}

/** Changes close enough to share their context lines go into one hunk. */
function hunks(changes: readonly Change[]): Change[][] {
  const result: Change[][] = [];
  for (const change of changes) {
    const current = result[result.length - 1];
    const previous = current?.[current.length - 1];
    if (current && previous && change.first - previous.last - 1 <= 2 * CONTEXT) current.push(change);
    else result.push([change]);
  }
  return result;
}
