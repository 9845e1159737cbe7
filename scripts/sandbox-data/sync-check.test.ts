import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const shared = process.env.SHARED_DIR ?? path.resolve(repoRoot, "../shared");

describe("npm run sandbox:data", () => {
  it.skipIf(!existsSync(path.join(shared, "data")))(
    "regenerates byte-identical copies of the committed data",
    () => {
      const run = () =>
        execFileSync(process.execPath, ["scripts/sync-sandbox-data.mjs", "--check"], {
          cwd: repoRoot,
          encoding: "utf8",
        });
      expect(run()).not.toMatch(/differs/);
    },
    60_000,
  );
});
