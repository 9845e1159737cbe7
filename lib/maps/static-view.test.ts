import { describe, expect, it } from "vitest";
import type { LatLng } from "@/lib/citybrain/types";
import { leafletInNode } from "./leaflet-in-node";
import { TILE_SIZE, tilesAround, tileUrl, worldPixel } from "./static-view";

const loaded = leafletInNode();

// West Lake's Hubin (the parking page's starting point), Leifeng Pagoda, and Hangzhou East station, WGS84.
const PLACES: LatLng[] = [
  { lat: 30.2588, lng: 120.1634 },
  { lat: 30.23389, lng: 120.145 },
  { lat: 30.2906, lng: 120.2127 },
];

describe("a map view drawn without Leaflet", () => {
  it("puts each place on the pixel where Leaflet's map puts it, over WGS84 and over GCJ-02 tiles", () => {
    for (const crs of ["wgs84", "gcj02"] as const) {
      for (const zoom of [11, 13, 15, 18]) {
        for (const place of PLACES) {
          const leaflet = loaded
            .leafletCrsFor(crs)
            .latLngToPoint(loaded.L.latLng(place.lat, place.lng), zoom);
          const ours = worldPixel(place, zoom, crs);
          expect(Math.abs(ours.x - leaflet.x)).toBeLessThan(0.01);
          expect(Math.abs(ours.y - leaflet.y)).toBeLessThan(0.01);
        }
      }
    }
  });

  it("shifts over GCJ-02 tiles: the same place is hundreds of pixels away at zoom 17", () => {
    const [hubin] = PLACES;
    const wgs = worldPixel(hubin!, 17, "wgs84");
    const gcj = worldPixel(hubin!, 17, "gcj02");
    expect(Math.hypot(gcj.x - wgs.x, gcj.y - wgs.y)).toBeGreaterThan(300);
  });

  it("lays tiles so that the centre's pixel falls inside the tile that holds it, covering the asked size", () => {
    const centre = worldPixel(PLACES[0]!, 14, "gcj02");
    const tiles = tilesAround(centre, 14, 300, 250);
    const holding = tiles.find(
      (t) => t.left <= 0 && t.left + TILE_SIZE > 0 && t.top <= 0 && t.top + TILE_SIZE > 0,
    );
    expect(holding).toMatchObject({
      x: Math.floor(centre.x / TILE_SIZE),
      y: Math.floor(centre.y / TILE_SIZE),
    });
    expect(Math.min(...tiles.map((t) => t.left))).toBeLessThanOrEqual(-300);
    expect(Math.max(...tiles.map((t) => t.left + TILE_SIZE))).toBeGreaterThanOrEqual(300);
    expect(Math.min(...tiles.map((t) => t.top))).toBeLessThanOrEqual(-250);
    expect(Math.max(...tiles.map((t) => t.top + TILE_SIZE))).toBeGreaterThanOrEqual(250);
    // No tile twice, none off the world's grid.
    expect(new Set(tiles.map((t) => `${t.x}/${t.y}`)).size).toBe(tiles.length);
    expect(
      tilesAround({ x: 10, y: 10 }, 1, 300, 300).every((t) => t.x >= 0 && t.y >= 0 && t.x <= 1 && t.y <= 1),
    ).toBe(true);
  });

  it("addresses each tile as Leaflet's tile layer does, subdomain included", () => {
    const template =
      "https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}";
    const subdomains = ["1", "2", "3", "4"];
    const layer = loaded.L.tileLayer(template, { subdomains });
    for (const tile of [
      { x: 13_658, y: 6_720, z: 14 },
      { x: 13_659, y: 6_720, z: 14 },
      { x: 13_659, y: 6_722, z: 14 },
    ]) {
      const expected = loaded.L.Util.template(template, {
        s: (layer as unknown as { _getSubdomain(p: unknown): string })._getSubdomain(tile),
        ...tile,
      });
      expect(tileUrl(template, subdomains, tile)).toBe(expected);
    }
    expect(tileUrl("/tiles/{z}/{x}/{y}.png", [], { x: 1, y: 2, z: 3 })).toBe("/tiles/3/1/2.png");
  });
});
