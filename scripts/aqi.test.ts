import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const EXAMPLE =
  '{"PM25_24h":80,"PM10_24h":120,"SO2_24h":10,"NO2_24h":40,"CO_24h":0.8,"O3_8h":100,"O3_1h":120}';

async function aqi(args: string[]) {
  try {
    const { stdout, stderr } = await run(TSX, ["scripts/aqi.ts", ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// Each test starts tsx, which takes seconds on a busy machine (as in scripts/calendar-import.test.ts).
describe("scripts/aqi.ts", { timeout: 60_000 }, () => {
  it("prints the example's AQI as one line of JSON and exits 0", async () => {
    const result = await aqi(["--standard", "2026", "--kind", "daily", EXAMPLE]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toBe(
      '{"aqi":119,"level":3,"category":{"zh":"轻度污染","en":"Lightly polluted"},"primary":["PM25_24h"],' +
        '"iaqi":{"SO2_24h":10,"NO2_24h":50,"CO_24h":20,"PM10_24h":100,"PM25_24h":119,"O3_8h":50},"ignored":["O3_1h"]}\n',
    );
  });

  it("exits 2 with one line on stderr for bad input", async () => {
    const result = await aqi(['{"PM25_24h":-5}']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^aqi: "PM25_24h" must be a concentration: a number ≥ 0 — usage: .*\n$/);
  });
});
