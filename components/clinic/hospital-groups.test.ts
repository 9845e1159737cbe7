import { describe, expect, it } from "vitest";
import { listHospitals } from "@/lib/citybrain/sandbox/catalogue";
import { fitView } from "@/lib/maps/fit-view";
import { worldPixel } from "@/lib/maps/static-view";
import { hospitalIndex, hospitalMarkers, numberedHospitals, zoomShowing } from "./hospital-groups";

// The sandbox city's 17 hospitals, the municipal ones as pilots (the sandbox's default).
const hospitals = numberedHospitals(
  listHospitals().map((h) => {
    const id = h.id.split(":").pop()!;
    return {
      id,
      name: h.name.en,
      lat: h.location.lat,
      lng: h.location.lng,
      creditPilot: id.startsWith("hz-"),
      locationEstimated: h.estimated.location,
    };
  }),
);

const hospitalsIn = (markers: ReturnType<typeof hospitalMarkers>) =>
  markers.reduce((sum, m) => sum + (m.kind === "group" ? m.count : 1), 0);

describe("the hospital map's markers", () => {
  it("numbers pilots first, so the list and the markers agree", () => {
    expect(hospitals.map((h) => h.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    const firstOther = hospitals.findIndex((h) => !h.creditPilot);
    expect(hospitals.slice(0, firstOther).every((h) => h.creditPilot)).toBe(true);
    expect(hospitals.slice(firstOther).some((h) => h.creditPilot)).toBe(false);
  });

  it("groups the hospitals of the old town at the city's zoom, and never lets two markers overlap", () => {
    for (const elder of [false, true]) {
      const index = hospitalIndex(hospitals, elder);
      const view = fitView(hospitals, { width: 320, height: 288, crs: "gcj02" })!;
      for (const zoom of [view.zoom, view.zoom + 2, 16]) {
        const markers = hospitalMarkers(index, { ...view, zoom });
        expect(hospitalsIn(markers)).toBe(17);
        const pixels = markers.map((m) => worldPixel(m.position, zoom, "wgs84"));
        for (const [i, a] of pixels.entries()) {
          for (const b of pixels.slice(i + 1)) {
            expect(Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y))).toBeGreaterThan(elder ? 48 : 32);
          }
        }
      }
      const cityWide = hospitalMarkers(index, view);
      expect(cityWide.some((m) => m.kind === "group" && m.count >= 3)).toBe(true);
    }
  });

  it("counts the pilots in a group and splits it at its expansion zoom", () => {
    const index = hospitalIndex(hospitals, false);
    const view = fitView(hospitals, { width: 320, height: 288, crs: "wgs84" })!;
    const group = hospitalMarkers(index, view).find((m) => m.kind === "group");
    if (group?.kind !== "group") throw new Error("expected a group at the city's zoom");
    expect(group.pilots).toBeLessThanOrEqual(group.count);
    const deeper = hospitalMarkers(index, { center: group.position, zoom: group.expansionZoom });
    expect(deeper.length).toBeGreaterThan(hospitalMarkers(index, view).length);
  });

  it("finds the zoom at which a chosen hospital has its own marker", () => {
    const index = hospitalIndex(hospitals, false);
    const first = hospitals.find((h) => h.id === "hz-first")!;
    const zoom = zoomShowing(index, first.id, 11);
    expect(hospitalMarkers(index, { center: first, zoom }).some((m) => m.key === "hz-first")).toBe(true);
    expect(hospitalMarkers(index, { center: first, zoom: zoom - 1 }).some((m) => m.key === "hz-first")).toBe(
      false,
    );
  });
});
