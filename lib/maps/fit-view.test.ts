import { describe, expect, it } from "vitest";
import { fitView } from "./fit-view";
import { worldPixel } from "./static-view";

// Hangzhou's hospitals spread from Xixi (west) to Qianjiang New City (east) and Banshan (north).
const HOSPITALS = [
  { lat: 30.266, lng: 120.084 },
  { lat: 30.24, lng: 120.218 },
  { lat: 30.362, lng: 120.168 },
  { lat: 30.2575, lng: 120.1626 },
];

describe("fitting places into a map box", () => {
  it("chooses the deepest zoom that keeps every place inside the box, over WGS84 and GCJ-02 tiles", () => {
    for (const crs of ["wgs84", "gcj02"] as const) {
      const view = fitView(HOSPITALS, { width: 360, height: 280, crs, paddingPx: 20 })!;
      const inside = (zoom: number) => {
        const middle = worldPixel(view.center, zoom, crs);
        return HOSPITALS.every((place) => {
          const p = worldPixel(place, zoom, crs);
          return Math.abs(p.x - middle.x) <= 160 && Math.abs(p.y - middle.y) <= 120;
        });
      };
      expect(inside(view.zoom)).toBe(true);
      expect(inside(view.zoom + 1)).toBe(false);
    }
  });

  it("zooms out for a wider box less than for a narrow one, and stops at the deepest zoom for one place", () => {
    const narrow = fitView(HOSPITALS, { width: 200, height: 200, crs: "wgs84" })!;
    const wide = fitView(HOSPITALS, { width: 1200, height: 900, crs: "wgs84" })!;
    expect(wide.zoom).toBeGreaterThan(narrow.zoom);
    expect(fitView([HOSPITALS[0]!], { width: 300, height: 300, crs: "wgs84", maxZoom: 16 })).toEqual({
      center: HOSPITALS[0],
      zoom: 16,
    });
  });

  it("has no view for no places", () => {
    expect(fitView([], { width: 300, height: 300, crs: "wgs84" })).toBeNull();
  });
});
