import { describe, expect, it } from "vitest";
import type { LatLng } from "@/lib/citybrain/types";
import { distanceMeters } from "@/lib/geo/distance";
import { wgs84ToGcj02 } from "@/lib/geo/gcj02";
import { leafletInNode } from "./leaflet-in-node";

const leaflet = leafletInNode();

// Leifeng Pagoda as Wikipedia places it, WGS84 (shared/data/tourism/hangzhou-pois.json, confidence "high").
const LEIFENG_PAGODA: LatLng = { lat: 30.23389, lng: 120.145 };
const ZOOM = 17;
const TILE = 256;

/** Where a place is drawn in the world pixel grid of a tile set at ZOOM, given its coordinates in that set's system. */
const drawnOnTiles = (inTileSystem: LatLng) =>
  leaflet.L.CRS.EPSG3857.latLngToPoint(leaflet.L.latLng(inTileSystem.lat, inTileSystem.lng), ZOOM);
/** Where the map puts a marker for a WGS84 position, with the CRS it uses over tiles in `crs`. */
const marker = (crs: "wgs84" | "gcj02", position: LatLng) =>
  leaflet.leafletCrsFor(crs).latLngToPoint(leaflet.L.latLng(position.lat, position.lng), ZOOM);

describe("the map's projection over each tile set", () => {
  it("puts Leifeng Pagoda's marker on the pagoda of GCJ-02 (AMap) tiles, as on the pagoda of WGS84 (OSM) tiles", () => {
    const onOsm = { marker: marker("wgs84", LEIFENG_PAGODA), pagoda: drawnOnTiles(LEIFENG_PAGODA) };
    const onAmap = {
      marker: marker("gcj02", LEIFENG_PAGODA),
      pagoda: drawnOnTiles(wgs84ToGcj02(LEIFENG_PAGODA)),
    };
    expect(onOsm.marker.distanceTo(onOsm.pagoda)).toBeLessThan(1);
    expect(onAmap.marker.distanceTo(onAmap.pagoda)).toBeLessThan(1);

    // The same tile and the same pixel within it, on each tile set.
    const tileAndPixel = (p: { x: number; y: number }) => ({
      tile: [Math.floor(p.x / TILE), Math.floor(p.y / TILE)],
      pixel: [Math.round(p.x % TILE), Math.round(p.y % TILE)],
    });
    expect(tileAndPixel(onAmap.marker)).toEqual(tileAndPixel(onAmap.pagoda));
    expect(tileAndPixel(onOsm.marker)).toEqual(tileAndPixel(onOsm.pagoda));
  });

  it("shifts once: not at all would land ~500 m (hundreds of pixels) off, and twice as far off again", () => {
    const right = drawnOnTiles(wgs84ToGcj02(LEIFENG_PAGODA));
    const unshifted = drawnOnTiles(LEIFENG_PAGODA);
    const shiftedTwice = marker("gcj02", wgs84ToGcj02(LEIFENG_PAGODA));
    // At zoom 17 over Hangzhou a pixel is about 1.03 m.
    expect(unshifted.distanceTo(right)).toBeGreaterThan(400);
    expect(shiftedTwice.distanceTo(right)).toBeGreaterThan(400);
    expect(marker("gcj02", LEIFENG_PAGODA).distanceTo(right)).toBeLessThan(1);
  });

  it("gives back WGS84 for what is read from the map (a tap, the centre), to the millimetre", () => {
    const crs = leaflet.leafletCrsFor("gcj02");
    for (const zoom of [10, 14, 18]) {
      const pixel = crs.latLngToPoint(leaflet.L.latLng(LEIFENG_PAGODA.lat, LEIFENG_PAGODA.lng), zoom);
      const back = crs.pointToLatLng(pixel, zoom);
      expect(distanceMeters(LEIFENG_PAGODA, { lat: back.lat, lng: back.lng })).toBeLessThan(0.001);
    }
  });

  it("keeps true distances: a 1 km circle is 1 km on either tile set", () => {
    const north = { lat: LEIFENG_PAGODA.lat + 0.009, lng: LEIFENG_PAGODA.lng };
    const metres = distanceMeters(LEIFENG_PAGODA, north);
    for (const crs of ["wgs84", "gcj02"] as const) {
      const measured = leaflet
        .leafletCrsFor(crs)
        .distance(
          leaflet.L.latLng(LEIFENG_PAGODA.lat, LEIFENG_PAGODA.lng),
          leaflet.L.latLng(north.lat, north.lng),
        );
      expect(Math.abs(measured - metres)).toBeLessThan(2);
    }
  });

  it("leaves positions outside China where Web Mercator puts them", () => {
    const london = leaflet.L.latLng(51.5074, -0.1278);
    expect(leaflet.leafletCrsFor("gcj02").latLngToPoint(london, ZOOM)).toEqual(
      leaflet.L.CRS.EPSG3857.latLngToPoint(london, ZOOM),
    );
  });
});
