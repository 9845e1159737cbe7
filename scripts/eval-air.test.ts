import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { COMPASS_16 } from "@/lib/air/forecast/uci-csv";
import { syntheticHistory } from "@/lib/testing/air-history-fixtures";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const work = mkdtempSync(path.join(tmpdir(), "eval-air-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const history = syntheticHistory("eval-air", 60, Date.UTC(2014, 11, 31, 16)); // 2015-01-01 00:00 China time

function rows(cells: (i: number) => (string | number)[]): string[] {
  return Array.from({ length: history.hours }, (_, i) => {
    const local = new Date(history.startMs + i * 3_600_000 + 8 * 3_600_000);
    const stamp = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), local.getUTCHours()];
    return [i + 1, ...stamp, ...cells(i)].join(",");
  });
}

const value = (v: number | undefined) =>
  v === undefined || Number.isNaN(v) ? "NA" : String(Math.round(v * 10) / 10);
const w = history.weather;

function fiveCities(): string {
  let cumulated = 0;
  let previous = "";
  const body = rows((i) => {
    const direction = ["NE", "SE", "SW", "NW"][Math.floor(((w.windDirection?.[i] ?? 0) % 360) / 90)] ?? "cv";
    cumulated = (direction === previous ? cumulated : 0) + (w.windSpeed?.[i] ?? 0);
    previous = direction;
    return [
      4,
      "NA",
      value(history.pollutants.pm25[i]),
      -5,
      value(w.relativeHumidity?.[i]),
      value(w.atmosphericPressure?.[i]),
      value(w.temperature?.[i]),
      direction,
      cumulated.toFixed(2),
      value(w.precipitation?.[i]),
      0,
    ];
  });
  const header =
    "No,year,month,day,hour,season,PM_Dongsi,PM_US Post,DEWP,HUMI,PRES,TEMP,cbwd,Iws,precipitation,Iprec";
  return [header, ...body].join("\r\n");
}

function multisite(): string {
  const p = history.pollutants;
  const body = rows((i) => [
    value(p.pm25[i]),
    value(p.pm10[i]),
    value(p.so2[i]),
    value(p.no2[i]),
    value((p.co[i] as number) * 1000),
    value(p.o3[i]),
    value(w.temperature?.[i]),
    value(w.atmosphericPressure?.[i]),
    -10,
    value(w.precipitation?.[i]),
    `"${COMPASS_16[Math.floor((w.windDirection?.[i] ?? 0) / 22.5) % 16]}"`,
    value(w.windSpeed?.[i]),
    '"Synthetic"',
  ]);
  const names = [
    "No",
    "year",
    "month",
    "day",
    "hour",
    "PM2.5",
    "PM10",
    "SO2",
    "NO2",
    "CO",
    "O3",
    "TEMP",
    "PRES",
    "DEWP",
    "RAIN",
    "wd",
    "WSPM",
    "station",
  ];
  return [names.map((n) => `"${n}"`).join(","), ...body].join("\r\n");
}

const FIVE = path.join(work, "five.csv.gz");
const MULTI = path.join(work, "multi.csv");
writeFileSync(FIVE, gzipSync(fiveCities()));
writeFileSync(MULTI, multisite());

function evalAir(args: string[]) {
  return run(TSX, ["scripts/eval-air.ts", ...args], { cwd: ROOT }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

const scores = { rmse: expect.any(Number), mae: expect.any(Number), hit: expect.any(Number) };

describe("npm run eval:air", () => {
  it.each([
    [FIVE, "PM_US Post"],
    [MULTI, "PM2.5"],
  ])(
    "prints one JSON object of scores per horizon and predictor (%s)",
    async (data, column) => {
      const { code, stdout } = await evalAir([
        "--data",
        data,
        "--column",
        column,
        "--test-from",
        "2015-02-15",
      ]);
      expect(code).toBe(0);
      expect(stdout.trim().split("\n")).toHaveLength(1);
      const result = JSON.parse(stdout);
      expect(Object.keys(result)).toEqual(["horizons"]);
      expect(Object.keys(result.horizons)).toEqual(["1", "6", "24", "48", "72"]);
      for (const h of Object.values(result.horizons)) {
        expect(h).toEqual({ model: scores, persistence: scores, climatology: scores });
      }
    },
    60_000,
  );

  it.each([
    [["--column", "PM2.5", "--test-from", "2015-02-15"], /--data is required/],
    [
      ["--data", path.join(work, "missing.csv"), "--column", "PM2.5", "--test-from", "2015-02-15"],
      /cannot read/,
    ],
    [["--data", MULTI, "--column", "PM_US Post", "--test-from", "2015-02-15"], /no column "PM_US Post"/],
    [["--data", MULTI, "--column", "PM2.5", "--test-from", "15/2/2015"], /must be a date/],
    [["--data", MULTI, "--column", "PM2.5", "--test-from", "2015-02-30"], /not a calendar date/],
    [["--data", MULTI, "--column", "PM2.5", "--test-from", "2014-06-01"], /no rows before --test-from/],
    [["--data", MULTI, "--column", "PM2.5", "--test-from", "2015-01-05"], /too few/],
  ])(
    "exits 2 with one line on stderr for bad input %#",
    async (args, message) => {
      const { code, stdout, stderr } = await evalAir(args);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).toMatch(message);
    },
    60_000,
  );
});
