import { buildSeries, type Reading, type Series } from "./series";

/** One car park of the Birmingham file: its code, capacity and occupancy series. */
export interface BirminghamLot {
  code: string;
  capacity: number;
  series: Series;
}

const REQUIRED = ["SystemCodeNumber", "Capacity", "Occupancy", "Timestamp"] as const;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2016-10-04 07:59:00" (Birmingham local time, no offset) as a local wall-clock instant in ms. */
export function parseLocalTimestamp(text: string): number {
  const m = TIMESTAMP.exec(text.trim());
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s] = m;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
}

/**
 * Reads only the real columns of the file (code, capacity, occupancy, time; parking/README: the other
 * columns are synthetic). Occupancy above capacity is a sensor artefact and is clipped to capacity.
 */
export function parseBirminghamCsv(text: string): BirminghamLot[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  const header = (lines[0] ?? "").split(",").map((h) => h.trim());
  const column = Object.fromEntries(REQUIRED.map((name) => [name, header.indexOf(name)]));
  const missing = REQUIRED.filter((name) => column[name] === -1);
  if (missing.length > 0) throw new Error(`The CSV has no column ${missing.join(", ")}.`);
  const byLot = new Map<string, { capacity: number; readings: Reading[] }>();
  for (const line of lines.slice(1)) {
    const cells = line.split(",");
    const code = cells[column.SystemCodeNumber as number]?.trim() ?? "";
    const capacity = Number(cells[column.Capacity as number]);
    const occupancy = Number(cells[column.Occupancy as number]);
    const time = parseLocalTimestamp(cells[column.Timestamp as number] ?? "");
    if (!code || !(capacity > 0) || !Number.isFinite(occupancy) || !Number.isFinite(time)) continue;
    const lot = byLot.get(code) ?? { capacity, readings: [] };
    lot.readings.push({ time, share: occupancy / capacity });
    byLot.set(code, lot);
  }
  return [...byLot.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, lot]) => ({ code, capacity: lot.capacity, series: buildSeries(lot.readings) }));
}
