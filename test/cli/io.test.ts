import path from "node:path";
import { describe, expect, it } from "vitest";
import { displayPath } from "../../compiler/cli/io.js";
import { captureIO } from "./helpers.js";

describe("displayPath", () => {
  const io = captureIO(path.join(path.sep, "work", "proj"));
  it("is relative inside the working directory", () => {
    expect(displayPath(io, path.join(io.cwd, "nss-out", "a.nss"))).toBe("nss-out/a.nss");
    expect(displayPath(io, path.join(io.cwd, "..proj-like"))).toBe("..proj-like");
    expect(displayPath(io, io.cwd)).toBe(".");
  });
  it("is absolute outside it", () => {
    expect(displayPath(io, path.join(path.sep, "work", "other", "out"))).toBe("/work/other/out");
    expect(displayPath(io, path.join(path.sep, "work"))).toBe("/work");
  });
});
