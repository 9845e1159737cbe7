import { distanceMeters } from "@/lib/geo/distance";

/** Lots closer than this share one point on the map (a surface car park above an underground one, say). */
export const COLOCATED_METRES = 20;

interface Located {
  lat: number;
  lng: number;
}

// Grid cells of about 110 m: two points within COLOCATED_METRES are in the same or a neighbouring cell.
const CELL_DEGREES = 0.001;
const cellOf = (value: number) => Math.floor(value / CELL_DEGREES);

/**
 * Groups items that no zoom level can separate on screen: each group's members are within COLOCATED_METRES of
 * its first member. Groups keep the input's order, and members their order within it.
 */
export function groupColocated<T extends Located>(items: readonly T[]): T[][] {
  const groups: T[][] = [];
  const byCell = new Map<string, T[][]>();
  for (const item of items) {
    const row = cellOf(item.lat);
    const column = cellOf(item.lng);
    let home: T[] | undefined;
    for (let dr = -1; dr <= 1 && !home; dr++) {
      for (let dc = -1; dc <= 1 && !home; dc++) {
        home = byCell
          .get(`${row + dr}:${column + dc}`)
          ?.find((group) => distanceMeters(group[0]!, item) <= COLOCATED_METRES);
      }
    }
    if (home) {
      home.push(item);
      continue;
    }
    const group = [item];
    groups.push(group);
    const key = `${row}:${column}`;
    byCell.set(key, [...(byCell.get(key) ?? []), group]);
  }
  return groups;
}
