import { cachedIntl } from "@/lib/format/intl-cache";
/** "HH:mm" on the Hangzhou clock. */
export function shanghaiTime(at: Date): string {
  return cachedIntl(
    "shanghai-hhmm",
    () =>
      new Intl.DateTimeFormat("en-GB", {
        timeZone: "Asia/Shanghai",
        hour: "2-digit",
        minute: "2-digit",
        hour12: false,
      }),
  ).format(at);
}
