// Where a map draws things, measured against the tiles under them: a marker must sit on the pixel of the tiles where
// its place is drawn, in the tiles' own coordinate system (GCJ-02 for AMap, WGS84 for OpenStreetMap).
import type { Locator, Page } from "@playwright/test";
import type { LatLng } from "../lib/citybrain/types";
import { wgs84ToGcj02 } from "../lib/geo/gcj02";

const TILE = 256;

export interface WorldPixel {
  x: number;
  y: number;
  zoom: number;
}

/** Web Mercator (EPSG:3857) world pixel of a point at a zoom, the grid every XYZ tile server lays its tiles on. */
export function worldPixel({ lat, lng }: LatLng, zoom: number): WorldPixel {
  const size = TILE * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return {
    x: size * (lng / 360 + 0.5),
    y: size * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)),
    zoom,
  };
}

/** Where tiles drawn in `crs` show a WGS84 place: GCJ-02 tiles draw it at its GCJ-02 position. */
export function placeOnTiles(place: LatLng, crs: string, zoom: number): WorldPixel {
  return worldPixel(crs === "gcj02" ? wgs84ToGcj02(place) : place, zoom);
}

/** A tile's address from its URL: AMap's ?x=&y=&z=, or the …/{z}/{x}/{y}.png of OpenStreetMap and most servers. */
export function tileAddress(src: string): { x: number; y: number; z: number } {
  const url = new URL(src);
  const [x, y, z] = ["x", "y", "z"].map((name) => url.searchParams.get(name));
  if (x && y && z) return { x: Number(x), y: Number(y), z: Number(z) };
  const path = /\/(\d+)\/(\d+)\/(\d+)(?:@2x)?\.\w+$/.exec(url.pathname);
  if (!path) throw new Error(`cannot read a tile address from ${src}`);
  return { z: Number(path[1]), x: Number(path[2]), y: Number(path[3]) };
}

const distance = (a: WorldPixel, b: WorldPixel) => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * How far (in screen pixels) the centre of `drawn` is from where the tiles under it show `place`. The tile under
 * the centre (the deepest zoom level, at full size) gives the zoom and the pixel grid.
 */
export async function pixelsOff(
  page: Page,
  drawn: Locator,
  place: LatLng,
  crs: string,
  tiles = "img.leaflet-tile-loaded",
): Promise<number> {
  const box = await drawn.boundingBox();
  if (!box) throw new Error("the marker is not on screen");
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const under = await page.locator(tiles).evaluateAll(
    (tiles, at) =>
      tiles
        .map((tile) => ({ src: (tile as HTMLImageElement).src, rect: tile.getBoundingClientRect() }))
        .filter(
          ({ rect }) =>
            Math.abs(rect.width - 256) < 0.5 &&
            rect.left <= at.x &&
            at.x < rect.right &&
            rect.top <= at.y &&
            at.y < rect.bottom,
        )
        .map(({ src, rect }) => ({ src, left: rect.left, top: rect.top })),
    centre,
  );
  if (under.length === 0) throw new Error("no full-size tile under the marker");
  const addressed = under.map((tile) => ({ ...tile, address: tileAddress(tile.src) }));
  const tile = addressed.reduce((deepest, one) => (one.address.z > deepest.address.z ? one : deepest));
  const onScreen: WorldPixel = {
    x: tile.address.x * TILE + (centre.x - tile.left),
    y: tile.address.y * TILE + (centre.y - tile.top),
    zoom: tile.address.z,
  };
  return distance(onScreen, placeOnTiles(place, crs, tile.address.z));
}
