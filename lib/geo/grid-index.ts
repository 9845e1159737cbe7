import type { LatLng } from "@/lib/citybrain/types";
import { distanceMeters } from "./distance";

/** Degrees of latitude per metre (a meridian degree is about 111.2 km everywhere). */
const LAT_DEG_PER_M = 1 / 111_195;

export interface Nearby<T> {
  item: T;
  distanceM: number;
}

export interface GridIndex<T> {
  readonly size: number;
  /** Items within `radiusM` of `here`, nearest first, looking only at the grid cells the circle touches. */
  within(here: LatLng, radiusM: number): Nearby<T>[];
}

/**
 * A fixed grid of square-ish cells (`cellM` on a side at the city's latitude) over WGS84 points: a radius query
 * reads the cells of the circle's bounding box and measures only their items, so it costs the lots nearby, not
 * every lot of the city. Built once per feed answer; plain arrays, no dependency.
 */
export function createGridIndex<T>(
  items: readonly T[],
  locate: (item: T) => LatLng,
  cellM = 1_000,
): GridIndex<T> {
  const latStep = cellM * LAT_DEG_PER_M;
  // Cells are as wide in metres as they are tall at the items' mean latitude (Hangzhou: ~30°N).
  const meanLat = items.length ? items.reduce((sum, item) => sum + locate(item).lat, 0) / items.length : 0;
  const lngStep = latStep / Math.max(0.01, Math.cos((meanLat * Math.PI) / 180));
  const cells = new Map<string, T[]>();
  const key = (row: number, column: number) => `${row}:${column}`;
  for (const item of items) {
    const { lat, lng } = locate(item);
    const cell = key(Math.floor(lat / latStep), Math.floor(lng / lngStep));
    const list = cells.get(cell);
    if (list) list.push(item);
    else cells.set(cell, [item]);
  }
  return {
    size: items.length,
    within(here, radiusM) {
      const dLat = radiusM * LAT_DEG_PER_M;
      // Longitude degrees shrink towards the poles: widen the box by the circle's highest latitude.
      const edgeLat = Math.min(89.9, Math.abs(here.lat) + dLat);
      const dLng = dLat / Math.cos((edgeLat * Math.PI) / 180);
      const found: Nearby<T>[] = [];
      for (
        let row = Math.floor((here.lat - dLat) / latStep);
        row <= Math.floor((here.lat + dLat) / latStep);
        row++
      ) {
        for (
          let column = Math.floor((here.lng - dLng) / lngStep);
          column <= Math.floor((here.lng + dLng) / lngStep);
          column++
        ) {
          for (const item of cells.get(key(row, column)) ?? []) {
            const distanceM = distanceMeters(here, locate(item));
            if (distanceM <= radiusM) found.push({ item, distanceM });
          }
        }
      }
      return found.sort((a, b) => a.distanceM - b.distanceM);
    },
  };
}
