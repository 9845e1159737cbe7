import "server-only";
import { SHANGHAI_OFFSET_MS } from "@/lib/time";

// gmt_refund in notifications carries milliseconds ("2015-04-28 15:45:57.320"); the other times do not.
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?$/;

/** "2024-06-01 20:00:05": the instant on Beijing's wall clock, as Alipay's timestamps are written. */
export function formatBeijingTime(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace("T", " ");
}

/** Alipay's "yyyy-MM-dd HH:mm:ss[.SSS]" (Beijing time) → ISO-8601 with +08:00; throws on anything else. */
export function beijingTimeToIso(text: string): string {
  const match = WALL_CLOCK.exec(text);
  const [year, month, day, hour, minute, second] = (match ?? []).slice(1, 7).map(Number) as number[];
  const utc = match ? Date.UTC(year!, month! - 1, day!, hour!, minute!, second!) : Number.NaN;
  const wallClock = text.slice(0, 19);
  // Date.UTC rolls 02-30 over to 03-02: a date that does not come back unchanged does not exist.
  if (Number.isNaN(utc) || new Date(utc).toISOString().slice(0, 19).replace("T", " ") !== wallClock) {
    throw new Error(`not a Beijing time "yyyy-MM-dd HH:mm:ss": ${JSON.stringify(text)}`);
  }
  const fraction = match![7] ? `.${match![7].padEnd(3, "0")}` : "";
  return `${wallClock.replace(" ", "T")}${fraction}+08:00`;
}
