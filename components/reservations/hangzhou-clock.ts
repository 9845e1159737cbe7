import { SHANGHAI_OFFSET_MS } from "@/lib/time";

const QUARTER_MS = 15 * 60_000;

/** "YYYY-MM-DDTHH:mm" on the Hangzhou clock (China keeps no daylight saving), for datetime-local inputs. */
export function toHangzhouLocal(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/** A datetime-local value read as Hangzhou time, to an ISO instant. */
export function fromHangzhouLocal(value: string): string {
  return new Date(`${value}:00+08:00`).toISOString();
}

/** The next quarter hour at least an hour from now: a sensible default arrival. */
export function defaultArrival(now: Date): Date {
  return new Date(Math.ceil((now.getTime() + 3_600_000) / QUARTER_MS) * QUARTER_MS);
}
