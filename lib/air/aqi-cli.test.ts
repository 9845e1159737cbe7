import { describe, expect, it } from "vitest";
import { parseAqiArguments, runAqiCli } from "./aqi-cli";

const EXAMPLE =
  '{"PM25_24h":80,"PM10_24h":120,"SO2_24h":10,"NO2_24h":40,"CO_24h":0.8,"O3_8h":100,"O3_1h":120}';

function answer(...argv: string[]) {
  const outcome = runAqiCli(argv);
  expect(outcome).toMatchObject({ code: 0, stderr: "" });
  expect(outcome.stdout.endsWith("\n")).toBe(true);
  expect(outcome.stdout.trim().split("\n")).toHaveLength(1);
  return JSON.parse(outcome.stdout);
}

describe("npm run aqi: the answer", () => {
  it("defaults to HJ 633-2026 and the daily report", () => {
    expect(answer(EXAMPLE)).toEqual({
      aqi: 119,
      level: 3,
      category: { zh: "轻度污染", en: "Lightly polluted" },
      primary: ["PM25_24h"],
      iaqi: { SO2_24h: 10, NO2_24h: 50, CO_24h: 20, PM10_24h: 100, PM25_24h: 119, O3_8h: 50 },
      ignored: ["O3_1h"],
    });
    expect(answer("--standard", "2026", "--kind", "daily", EXAMPLE)).toEqual(answer(EXAMPLE));
  });

  it.each([
    [["--standard", "2012"], { aqi: 107, level: 3, primary: ["PM25_24h"], ignored: [] }],
    [["--standard=2012", "--kind=daily"], { aqi: 107 }],
    [
      ["--standard", "epa"],
      { aqi: 168, level: 4, category: { zh: "不健康", en: "Unhealthy" }, iaqi: { PM25_24h: 168 } },
    ],
    [["--kind", "hourly"], { aqi: null, level: null, category: null, primary: [], iaqi: { O3_1h: 38 } }],
  ])("%j", (options, expected) => {
    expect(answer(...options, EXAMPLE)).toMatchObject(expected);
  });

  it("lists keys the report does not use as ignored, in the standard's key order", () => {
    expect(answer("--standard", "epa", EXAMPLE).ignored).toEqual([
      "SO2_24h",
      "NO2_24h",
      "CO_24h",
      "O3_1h",
      "O3_8h",
      "PM10_24h",
    ]);
    expect(answer("--kind", "hourly", '{"PM25_1h":150,"PM25_24h":10}')).toMatchObject({
      aqi: 200,
      primary: ["PM25_1h"],
      ignored: ["PM25_24h"],
    });
  });

  it("gives CO 2.2 mg/m³ IAQI 55 and withholds the AQI of a day with pollutants missing", () => {
    expect(answer('{"CO_24h":2.2}')).toEqual({
      aqi: null,
      level: null,
      category: null,
      primary: [],
      iaqi: { CO_24h: 55 },
      ignored: [],
    });
    expect(answer("--standard", "2012", '{"CO_24h":2.2}')).toMatchObject({ aqi: 55, primary: ["CO_24h"] });
  });

  it("answers an empty object with no AQI", () => {
    expect(answer("{}")).toEqual({
      aqi: null,
      level: null,
      category: null,
      primary: [],
      iaqi: {},
      ignored: [],
    });
  });
});

describe("npm run aqi: bad input exits 2 with one line on stderr", () => {
  it.each([
    [["--bogus", EXAMPLE], "Unknown option '--bogus'"],
    [["--standard", "2013", EXAMPLE], '--standard must be 2026, 2012 or epa (got "2013")'],
    [["--kind", "weekly", EXAMPLE], '--kind must be daily or hourly (got "weekly")'],
    [["--standard", "epa", "--kind", "hourly", EXAMPLE], "--standard epa is a daily index"],
    [["--standard"], "--standard"],
    [[], "give the concentrations as one JSON argument (got 0)"],
    [[EXAMPLE, EXAMPLE], "give the concentrations as one JSON argument (got 2)"],
    [["{PM25_24h: 80}"], "the concentrations are not valid JSON"],
    [["[80]"], "the concentrations must be one JSON object"],
    [["80"], "the concentrations must be one JSON object"],
    [['{"PM25_24h":-1}'], '"PM25_24h" must be a concentration: a number ≥ 0'],
    [['{"PM25_24h":"80"}'], '"PM25_24h" must be a concentration'],
    [['{"PM25_24h":null}'], '"PM25_24h" must be a concentration'],
    [['{"PM25_24h":1e999}'], '"PM25_24h" must be a concentration'],
    [['{"PM2.5":80}'], 'unknown key "PM2.5" (pollutant keys: SO2_24h, SO2_1h,'],
    [['{"pm25_24h":80,"AQI":3}'], 'unknown key "pm25_24h", "AQI"'],
  ])("%j", (argv, message) => {
    const outcome = runAqiCli(argv);
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe("");
    expect(outcome.stderr).toContain(message);
    expect(outcome.stderr.startsWith("aqi: ")).toBe(true);
    expect(outcome.stderr.endsWith("\n")).toBe(true);
    expect(outcome.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("parseAqiArguments", () => {
  it("names the standard and kind the library uses", () => {
    expect(parseAqiArguments(["--standard", "epa", '{"PM25_24h":0}'])).toEqual({
      standard: "EPA-2024",
      kind: "daily",
      concentrations: { PM25_24h: 0 },
    });
    expect(parseAqiArguments(["--kind", "hourly", "{}"])).toMatchObject({
      standard: "HJ633-2026",
      kind: "hourly",
    });
  });
});
