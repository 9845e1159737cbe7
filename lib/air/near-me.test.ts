import { describe, expect, it } from "vitest";
import { distanceMeters } from "@/lib/geo/distance";
import { estimateAt, type StationAtPlace } from "./near-me";

const HOUR = "2026-12-07T06:00:00Z";
const station = (
  id: string,
  lat: number,
  lng: number,
  values: Partial<StationAtPlace> = {},
): StationAtPlace => ({
  id,
  name: id,
  lat,
  lng,
  observedAt: HOUR,
  pm25: 40,
  pm10: 60,
  so2: 8,
  no2: 30,
  co: 0.6,
  o3: 80,
  ...values,
});

// Two stations 0.04° of longitude apart (about 3.8 km at Hangzhou), and one far away in Fuyang.
const west = station("west", 30.26, 120.12, { pm25: 20 });
const east = station("east", 30.26, 120.16, { pm25: 80 });
const fuyang = station("fuyang", 30.05, 119.95, { pm25: 200 });

describe("the air where I am, from the nearest stations", () => {
  it("halfway between two stations is their mean, each counting half", () => {
    const estimate = estimateAt({ lat: 30.26, lng: 120.14 }, [west, east, fuyang])!;
    expect(estimate.stations.map((s) => s.id)).toEqual(["west", "east"]);
    expect(estimate.stations[0]!.weight).toBeCloseTo(0.5, 3);
    expect(estimate.reading.pm25).toBe(50);
    expect(estimate.aqi.value).not.toBeNull();
  });

  it("nearer counts more (1/d²), the weights add up to one, and distances are shown to 10 m", () => {
    const here = { lat: 30.26, lng: 120.13 };
    const estimate = estimateAt(here, [west, east])!;
    const [near, far] = estimate.stations;
    expect(near!.weight).toBeGreaterThan(far!.weight);
    expect(near!.weight + far!.weight).toBeCloseTo(1, 9);
    const dWest = distanceMeters(here, west);
    const dEast = distanceMeters(here, east);
    expect(near!.distanceM).toBe(Math.round(dWest / 10) * 10);
    const expected = (20 / dWest ** 2 + 80 / dEast ** 2) / (1 / dWest ** 2 + 1 / dEast ** 2);
    expect(estimate.reading.pm25).toBe(Math.round(expected));
  });

  it("at a station is that station's reading", () => {
    const estimate = estimateAt({ lat: 30.2605, lng: 120.1201 }, [west, east])!;
    expect(estimate.stations).toEqual([{ id: "west", name: "west", distanceM: 60, weight: 1 }]);
    expect(estimate.reading).toMatchObject({ pm25: 20, pm10: 60, co: 0.6 });
  });

  it("weights each pollutant over the stations that measured it", () => {
    const estimate = estimateAt({ lat: 30.26, lng: 120.14 }, [
      west,
      station("east", 30.26, 120.16, { o3: null }),
    ])!;
    expect(estimate.reading.o3).toBe(80);
    const none = estimateAt({ lat: 30.26, lng: 120.14 }, [
      station("a", 30.26, 120.12, { so2: null }),
      station("b", 30.26, 120.16, { so2: null }),
    ])!;
    expect(none.reading.so2).toBeNull();
  });

  it("leaves out stations too far away or hours behind, and says so by answering nothing", () => {
    expect(estimateAt({ lat: 31.23, lng: 121.47 }, [west, east])).toBeNull(); // Shanghai
    const stale = station("east", 30.26, 120.16, { pm25: 80, observedAt: "2026-12-07T01:00:00Z" });
    const estimate = estimateAt({ lat: 30.26, lng: 120.14 }, [west, stale])!;
    expect(estimate.stations.map((s) => s.id)).toEqual(["west"]);
  });

  it("dates the estimate by the oldest hour it uses, compared as times whatever the offset", () => {
    const a = station("a", 30.26, 120.12, { observedAt: "2026-12-07T14:00:00+08:00" }); // 06:00Z
    const b = station("b", 30.26, 120.16, { observedAt: "2026-12-07T05:00:00Z" });
    expect(estimateAt({ lat: 30.26, lng: 120.14 }, [a, b])!.reading.observedAt).toBe("2026-12-07T05:00:00Z");
  });
});
