import { describe, expect, it } from "vitest";
import { distanceMeters } from "./distance";

describe("distanceMeters", () => {
  it("is zero for the same point and symmetric", () => {
    const a = { lat: 30.259, lng: 120.165 };
    const b = { lat: 30.2339, lng: 120.145 };
    expect(distanceMeters(a, a)).toBe(0);
    expect(distanceMeters(a, b)).toBeCloseTo(distanceMeters(b, a), 6);
  });
  it("matches a known distance: Hubin to Leifeng Pagoda is about 3.3 km", () => {
    expect(distanceMeters({ lat: 30.259, lng: 120.165 }, { lat: 30.23389, lng: 120.145 })).toBeGreaterThan(
      3_200,
    );
    expect(distanceMeters({ lat: 30.259, lng: 120.165 }, { lat: 30.23389, lng: 120.145 })).toBeLessThan(
      3_450,
    );
  });
  it("one degree of latitude is about 111.2 km", () => {
    expect(distanceMeters({ lat: 30, lng: 120 }, { lat: 31, lng: 120 })).toBeCloseTo(111_195, -2);
  });
});
