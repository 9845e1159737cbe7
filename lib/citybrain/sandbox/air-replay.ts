import { DAY_MS, HOUR_MS, SHANGHAI_OFFSET_MS } from "./local-clock";

/** Series in air.json: two base64url characters per hour, calendar order, 4095 = no value. */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
export const NO_VALUE = 4095;
export const HOURS_PER_YEAR = 365 * 24;

const CHAR_VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) CHAR_VALUE[ALPHABET.charCodeAt(i)] = i;

export function decodeSeries(encoded: string): Uint16Array {
  if (encoded.length !== HOURS_PER_YEAR * 2) throw new Error(`air series has ${encoded.length / 2} hours`);
  const out = new Uint16Array(HOURS_PER_YEAR);
  for (let i = 0; i < HOURS_PER_YEAR; i++) {
    const hi = CHAR_VALUE[encoded.charCodeAt(2 * i)] ?? -1;
    const lo = CHAR_VALUE[encoded.charCodeAt(2 * i + 1)] ?? -1;
    if (hi < 0 || lo < 0) throw new Error(`bad character in air series at hour ${i}`);
    out[i] = (hi << 6) | lo;
  }
  return out;
}

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/**
 * Which stored hour replays at an instant: the same month, day and hour on the Hangzhou clock (the
 * source labels an hour by its end, as the national platform does, and so does observedAt). 29 February
 * replays 28 February.
 */
export function replayIndex(ms: number): number {
  const local = new Date(ms + SHANGHAI_OFFSET_MS);
  const month = local.getUTCMonth();
  const day = Math.min(local.getUTCDate(), month === 1 ? 28 : 31);
  const hour = Math.floor(((ms + SHANGHAI_OFFSET_MS) % DAY_MS) / HOUR_MS);
  return ((DAYS_BEFORE_MONTH[month] ?? 0) + day - 1) * 24 + hour;
}
