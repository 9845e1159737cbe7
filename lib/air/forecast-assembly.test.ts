import { describe, expect, it } from "vitest";
import { blendMethods, blendTracks } from "./forecast-assembly";

const v = (pm25: number | null, o3: number | null) => ({
  pm25,
  pm10: null,
  o3,
  no2: null,
  so2: null,
  co: null,
});

describe("blendTracks", () => {
  it("weights each pollutant over the tracks that have it", () => {
    const blended = blendTracks([
      { track: [{ atMs: 1, values: v(10, 100) }], weight: 0.75 },
      {
        track: [
          { atMs: 1, values: v(30, null) },
          { atMs: 2, values: v(40, 80) },
        ],
        weight: 0.25,
      },
    ]);
    expect(blended).toEqual([
      { atMs: 1, values: v(15, 100) },
      { atMs: 2, values: v(40, 80) },
    ]);
  });
});

describe("blendMethods", () => {
  it("names the best method any station used", () => {
    const base = { pm25: "none", pm10: "none", o3: "none", no2: "none", so2: "none", co: "none" } as const;
    expect(
      blendMethods([
        { ...base, pm25: "climatology" },
        { ...base, pm25: "model", o3: "climatology" },
      ]),
    ).toEqual({
      ...base,
      pm25: "model",
      o3: "climatology",
    });
  });
});
