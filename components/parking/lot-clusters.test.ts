import { describe, expect, it } from "vitest";
import { lotClusters, lotMarkersIn } from "./lot-clusters";
import { testLot } from "./test-lot";

const lot = (id: string, lat: number, lng: number, available = 10) => testLot(id, { lat, lng, available });

// 120 lots scattered around West Lake (a fixed pseudo-random walk), two of them at one entrance.
const LOTS = [
  ...Array.from({ length: 118 }, (_, i) =>
    lot(`lot-${i}`, 30.2 + ((i * 37) % 101) / 1000, 120.1 + ((i * 53) % 113) / 1000, i % 17),
  ),
  lot("surface", 30.24476, 120.15433, 4),
  lot("underground", 30.24476, 120.15433, 9),
];
const HANGZHOU: [number, number, number, number] = [119.9, 30.0, 120.4, 30.5];

describe("lot markers at a zoom", () => {
  it("are the same from an index built only down to that zoom as from the full one (the picture and the live map)", () => {
    for (const elder of [false, true]) {
      const full = lotClusters(LOTS, elder);
      for (const zoom of [13, 14, 15]) {
        expect(lotMarkersIn(lotClusters(LOTS, elder, zoom), HANGZHOU, zoom)).toEqual(
          lotMarkersIn(full, HANGZHOU, zoom),
        );
      }
    }
  });

  it("account for every lot once: in a group, together at one position, or alone", () => {
    const markers = lotMarkersIn(lotClusters(LOTS, false), HANGZHOU, 14);
    const counted = markers.reduce(
      (sum, m) => sum + (m.kind === "cluster" ? m.count : m.kind === "together" ? m.lots.length : 1),
      0,
    );
    expect(counted).toBe(LOTS.length);
    const free = markers.reduce((sum, m) => sum + (m.kind === "lot" ? m.lot.available : m.available), 0);
    expect(free).toBe(LOTS.reduce((sum, one) => sum + one.available, 0));
    // A group zooms in to where it splits; lots at one entrance never split, so they are one marker.
    for (const m of markers) if (m.kind === "cluster") expect(m.expansionZoom).toBeGreaterThan(14);
    const deepest = lotMarkersIn(lotClusters(LOTS, false), HANGZHOU, 18);
    expect(deepest.find((m) => m.kind === "together")).toMatchObject({ key: "here-surface+underground" });
  });
});
