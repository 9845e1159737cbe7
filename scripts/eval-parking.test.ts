import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import type { ScoredPair } from "@/lib/parking/prediction/evaluate";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
const CSV = path.resolve(ROOT, "../shared/data/parking/birmingham_occupancy_14lots_augmented.csv");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const LOTS = new Set(["BHMBCCMKT01", "Broad Street", "Others-CCCPS119a"]);
const TEST_FROM = "2016-11-08";
/** Readings after this instant are scrambled in the second slice; forecasts from before it must not move. */
const SCRAMBLE_AFTER = "2016-11-10 12:00:00";

const work = mkdtempSync(path.join(tmpdir(), "eval-parking-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function slice(scramble: boolean): string {
  const [header = "", ...rows] = readFileSync(CSV, "utf8").trim().split(/\r?\n/);
  const kept = rows
    .map((row) => row.split(","))
    .filter((cells) => LOTS.has(cells[1] ?? "") && (cells[10] ?? "") < "2016-11-20")
    .map((cells, i) => {
      if (scramble && (cells[10] ?? "") > SCRAMBLE_AFTER) cells[5] = String((i * 7919) % Number(cells[2]));
      return cells.join(",");
    });
  const file = path.join(work, scramble ? "scrambled.csv" : "slice.csv");
  writeFileSync(file, [header, ...kept].join("\n"));
  return file;
}

async function evaluate(data: string, predictions: string) {
  const { stdout } = await run(
    TSX,
    ["scripts/eval-parking.ts", "--data", data, "--test-from", TEST_FROM, "--predictions", predictions],
    { cwd: ROOT },
  );
  return { stdout, pairs: JSON.parse(readFileSync(predictions, "utf8")) as ScoredPair[] };
}

const summary = expect.objectContaining({ mae: expect.any(Number), rmse: expect.any(Number) });

describe.skipIf(!existsSync(CSV))("npm run eval:parking on a slice of the Birmingham file", () => {
  it("prints one JSON object of errors per horizon and predictor, and uses no future reading", async () => {
    const clean = await evaluate(slice(false), path.join(work, "clean.json"));
    const scrambled = await evaluate(slice(true), path.join(work, "scrambled.json"));

    expect(clean.stdout.trim().split("\n")).toHaveLength(1);
    const result = JSON.parse(clean.stdout);
    expect(Object.keys(result)).toEqual(["horizons"]);
    expect(Object.keys(result.horizons)).toEqual(["30", "60"]);
    for (const horizon of ["30", "60"]) {
      expect(result.horizons[horizon]).toEqual({
        model: summary,
        lastValue: summary,
        lastWeekDelta: summary,
      });
      expect(result.horizons[horizon].model.mae).toBeLessThan(result.horizons[horizon].lastValue.mae);
    }

    const testFrom = Date.UTC(2016, 10, 8);
    expect(clean.pairs.length).toBeGreaterThan(100);
    expect(clean.pairs.every((p) => p.originTime >= testFrom && p.targetTime > p.originTime)).toBe(true);
    const cutoff = Date.UTC(2016, 10, 10, 12);
    const before = (pairs: ScoredPair[]) => pairs.filter((p) => p.originTime <= cutoff);
    // Same model and features whatever happens after the origin: training saw nothing from the test days.
    expect(before(clean.pairs).length).toBeGreaterThan(50);
    expect(before(scrambled.pairs).map((p) => [p.lot, p.horizon, p.originTime, p.predictions])).toEqual(
      before(clean.pairs).map((p) => [p.lot, p.horizon, p.originTime, p.predictions]),
    );
    expect(scrambled.stdout).not.toEqual(clean.stdout);
  }, 60_000);

  it.each([
    [["--test-from", TEST_FROM], /--data is required/],
    [["--data", CSV, "--test-from", "6/12/2016"], /--test-from must be a date/],
    [["--data", CSV, "--test-from", "2016-02-30"], /not a calendar date/],
    [["--data", path.join(work, "missing.csv"), "--test-from", TEST_FROM], /cannot read --data/],
    [["--data", CSV, "--test-from", "2030-01-01"], /no test pairs/],
    [["--data", CSV, "--test-from", TEST_FROM, "--horizon", "15"], /Unknown option/],
  ])(
    "rejects %j with exit code 2 and a message on stderr",
    async (args, message) => {
      const failure = await run(TSX, ["scripts/eval-parking.ts", ...args], { cwd: ROOT }).catch((e) => e);
      expect(failure.code).toBe(2);
      expect(failure.stderr).toMatch(message);
      expect(failure.stdout).toBe("");
    },
    30_000,
  );
});
