import { defineConfig } from "vitest/config";
import { twinPlugin } from "./tools/twin/node/vitest-plugin.js";

export default defineConfig({
  // Subset modules imported by tests run with NWScript semantics (see tools/twin/node).
  plugins: [twinPlugin({ roots: ["runtime-ts", "test/twin-node/subset"] })],
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
