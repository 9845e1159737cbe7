import { shanghaiParts } from "@/lib/time";

const pad = (n: number) => String(n).padStart(2, "0");

/** An instant as the value of a `datetime-local` input, on the Hangzhou clock (the tariff's clock). */
export function toShanghaiWallTime(instant: Date): string {
  const p = shanghaiParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** A `datetime-local` value read as Hangzhou wall time, whatever the device's own time zone. */
export function shanghaiWallTimeToIso(value: string): string {
  return `${value.length === 16 ? `${value}:00` : value}+08:00`;
}

/** Arrive at the next quarter hour, leave two hours later. */
export function defaultStay(now: Date): { entry: string; exit: string } {
  const quarter = 15 * 60_000;
  const entry = new Date(Math.ceil(now.getTime() / quarter) * quarter);
  return {
    entry: toShanghaiWallTime(entry),
    exit: toShanghaiWallTime(new Date(entry.getTime() + 2 * 3_600_000)),
  };
}
