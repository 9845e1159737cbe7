import type { LatLng } from "@/lib/citybrain/types";
import { wgs84ToGcj02 } from "@/lib/geo/gcj02";
import type { TileCrs } from "./tile-provider";

// A map view drawn without Leaflet: the same Web Mercator pixel grid, tiles and tile addresses Leaflet uses for
// the map of lib/maps/map-crs.ts, so a page can show the map as plain HTML (no script) and Leaflet later takes
// over at the same pixels. Positions are WGS84; over GCJ-02 tiles they are shifted here, as map-crs.ts does.

export const TILE_SIZE = 256;
// Leaflet's SphericalMercator clips latitude here; the tile grid ends there.
const MAX_LATITUDE = 85.0511287798;

export interface Pixel {
  x: number;
  y: number;
}

/** A position's place in the world pixel grid of `crs` tiles at `zoom`: Leaflet's `latLngToPoint` for that CRS. */
export function worldPixel(position: LatLng, zoom: number, crs: TileCrs): Pixel {
  const { lat, lng } = crs === "gcj02" ? wgs84ToGcj02(position) : position;
  const size = TILE_SIZE * 2 ** zoom;
  const sin = Math.sin((Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180);
  return {
    x: size * (lng / 360 + 0.5),
    y: size * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)),
  };
}

/** A tile of the view: its grid address and its top-left corner relative to the view's centre, in pixels. */
export interface ViewTile {
  x: number;
  y: number;
  z: number;
  left: number;
  top: number;
}

/**
 * The tiles that cover `halfWidth` × `halfHeight` pixels each side of `centre`, as Leaflet would lay them out
 * (its pixel origin is rounded, so the view's centre is too).
 */
export function tilesAround(centre: Pixel, zoom: number, halfWidth: number, halfHeight: number): ViewTile[] {
  const origin = { x: Math.round(centre.x), y: Math.round(centre.y) };
  const last = 2 ** zoom - 1;
  const range = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((n) => n >= 0 && n <= last);
  const columns = range(
    Math.floor((origin.x - halfWidth) / TILE_SIZE),
    Math.floor((origin.x + halfWidth) / TILE_SIZE),
  );
  const rows = range(
    Math.floor((origin.y - halfHeight) / TILE_SIZE),
    Math.floor((origin.y + halfHeight) / TILE_SIZE),
  );
  return rows.flatMap((y) =>
    columns.map((x) => ({ x, y, z: zoom, left: x * TILE_SIZE - origin.x, top: y * TILE_SIZE - origin.y })),
  );
}

/** A tile's address from a Leaflet URL template, with the subdomain Leaflet picks for it (so both share a cache). */
export function tileUrl(
  template: string,
  subdomains: string[],
  tile: { x: number; y: number; z: number },
): string {
  const s = subdomains.length > 0 ? subdomains[Math.abs(tile.x + tile.y) % subdomains.length]! : "";
  const values: Record<string, string> = {
    s,
    x: String(tile.x),
    y: String(tile.y),
    z: String(tile.z),
    r: "",
  };
  return template.replace(/\{ *([\w_ -]+) *\}/g, (whole, key: string) => values[key] ?? whole);
}
