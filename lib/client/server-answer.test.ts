import { describe, expect, it } from "vitest";
import type { CityDataEnvelope } from "./city-data-store";
import { envelopeFor, newerValue } from "./server-answer";

const answer = { url: "/api/parking/lots?lat=30&lng=120&radius=2&lang=en", data: { lots: [1] }, at: 1_000 };
const stored = (at: number): CityDataEnvelope => ({
  kind: "city-data",
  data: { lots: [] },
  at,
  source: "device",
});

describe("server answers", () => {
  it("seed only the key they answer", () => {
    expect(envelopeFor(answer, answer.url)).toEqual({
      kind: "city-data",
      data: { lots: [1] },
      at: 1_000,
      source: "network",
    });
    expect(envelopeFor(answer, "/api/parking/lots?lat=31&lng=120&radius=2&lang=en")).toBeUndefined();
    expect(envelopeFor(answer, null)).toBeUndefined();
    expect(envelopeFor(undefined, answer.url)).toBeUndefined();
  });

  it("give way to a newer copy on the device, never to an older one", () => {
    const seed = envelopeFor(answer, answer.url);
    expect(newerValue(stored(2_000), seed)).toEqual(stored(2_000));
    expect(newerValue(stored(500), seed)).toBe(seed);
    expect(newerValue(undefined, seed)).toBe(seed);
    expect(newerValue(stored(500), undefined)).toEqual(stored(500));
  });
});
