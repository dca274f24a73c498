// The dry run's unified diff, built from the edits.
import { describe, expect, it } from "vitest";
import { unifiedDiff } from "../../compiler/wire/diff.js";

const TEXT = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join("\n") + "\n";
const at = (line: number) => TEXT.indexOf(`line ${line}\n`);

describe("unifiedDiff", () => {
  it("prints one hunk with three lines of context around a change", () => {
    const start = at(10) + "line ".length;
    expect(unifiedDiff("f.json", TEXT, [{ start, end: start + 2, text: "ten" }])).toBe(
      "--- a/f.json\n+++ b/f.json\n@@ -7,7 +7,7 @@\n line 7\n line 8\n line 9\n-line 10\n+line ten\n line 11\n line 12\n line 13\n",
    );
  });

  it("separates distant changes into hunks and counts inserted lines", () => {
    const diff = unifiedDiff("f.json", TEXT, [
      { start: at(2), end: at(2), text: "new a\nnew b\n" },
      { start: at(18), end: at(19), text: "" },
    ]);
    expect(diff).toBe(
      "--- a/f.json\n+++ b/f.json\n" +
        "@@ -1,5 +1,7 @@\n line 1\n-line 2\n+new a\n+new b\n+line 2\n line 3\n line 4\n line 5\n" +
        "@@ -15,6 +17,5 @@\n line 15\n line 16\n line 17\n-line 18\n line 19\n line 20\n",
    );
  });

  it("shows the whole line of a one-line document, without its \\r", () => {
    const text = '{"a":{"type":"resref","value":""}}\r\n';
    const start = text.indexOf('""');
    expect(unifiedDiff("m.json", text, [{ start, end: start + 2, text: '"x"' }])).toBe(
      '--- a/m.json\n+++ b/m.json\n@@ -1,1 +1,1 @@\n-{"a":{"type":"resref","value":""}}\n+{"a":{"type":"resref","value":"x"}}\n',
    );
  });

  it("is empty without edits", () => {
    expect(unifiedDiff("f.json", TEXT, [])).toBe("");
  });
});
