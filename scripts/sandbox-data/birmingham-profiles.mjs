// Occupancy shares per half-hour slot (08:00–16:30 local wall time) for each Birmingham car park,
// weekday vs weekend, from the real columns of the UCI-derived CSV (synthetic columns are ignored).
import { readSharedText } from "./io.mjs";

export const BIRMINGHAM_SOURCE = "data/parking/birmingham_occupancy_14lots_augmented.csv";
export const FIRST_SLOT = 16; // 08:00
export const LAST_SLOT = 33; // 16:30

export function buildBirminghamProfiles() {
  const lines = readSharedText(BIRMINGHAM_SOURCE).trim().split(/\r?\n/);
  const header = lines[0].split(",");
  const col = (name) => header.indexOf(name);
  const [iCode, iCapacity, iOccupancy, iTime] = [
    col("SystemCodeNumber"),
    col("Capacity"),
    col("Occupancy"),
    col("Timestamp"),
  ];
  // Readings of one lot in one slot of one day are averaged first, so duplicate rows count once.
  const perDaySlot = new Map();
  const capacities = new Map();
  for (const line of lines.slice(1)) {
    const cells = line.split(",");
    const code = cells[iCode];
    const capacity = Number(cells[iCapacity]);
    const occupancy = Math.min(Number(cells[iOccupancy]), capacity); // 241 rows exceed capacity: sensor artefact
    const [date, time] = cells[iTime].split(" ");
    const [hour, minute] = time.split(":").map(Number);
    const slot = Math.min(LAST_SLOT, Math.max(FIRST_SLOT, Math.round((hour * 60 + minute) / 30)));
    capacities.set(code, capacity);
    const key = `${code}|${date}|${slot}`;
    const cell = perDaySlot.get(key) ?? { sum: 0, n: 0 };
    cell.sum += occupancy / capacity;
    cell.n += 1;
    perDaySlot.set(key, cell);
  }
  const sums = new Map();
  for (const [key, cell] of perDaySlot) {
    const [code, date, slot] = key.split("|");
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    const dayKind = weekday === 0 || weekday === 6 ? "weekend" : "weekday";
    const sumKey = `${code}|${dayKind}|${slot}`;
    const acc = sums.get(sumKey) ?? { sum: 0, n: 0 };
    acc.sum += cell.sum / cell.n;
    acc.n += 1;
    sums.set(sumKey, acc);
  }
  const profiles = {};
  for (const code of [...capacities.keys()].sort()) {
    const shares = (dayKind) =>
      Array.from({ length: LAST_SLOT - FIRST_SLOT + 1 }, (_, i) => {
        const acc = sums.get(`${code}|${dayKind}|${FIRST_SLOT + i}`);
        return Math.round((acc.sum / acc.n) * 1000);
      });
    const weekday = shares("weekday");
    const weekend = shares("weekend");
    profiles[code] = { capacity: capacities.get(code), weekday, weekend, group: groupOf(weekday, weekend) };
  }
  return profiles;
}

const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

/** commuter: weekends far emptier; leisure: weekends as busy or busier; steady in between. */
function groupOf(weekday, weekend) {
  const ratio = mean(weekend) / mean(weekday);
  if (ratio < 0.7) return "commuter";
  if (ratio >= 0.95) return "leisure";
  return "steady";
}
