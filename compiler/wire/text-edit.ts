// Replacements of spans of a text, applied together (offsets refer to the original text).

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits; edits at the same offset keep their order. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = sortEdits(edits);
  let out = "";
  let at = 0;
  for (const edit of sorted) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

export function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  return edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i).map((x) => x.e);
}
