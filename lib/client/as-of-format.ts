import { TIME_ZONE } from "@/lib/i18n/config";

const dayKey = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export type AsOfFormat = Pick<
  Intl.DateTimeFormatOptions,
  "hour" | "minute" | "hourCycle" | "timeZone" | "month" | "day"
>;

/** How to print a data time: HH:mm when it is from today (Asia/Shanghai), with the date when it is older. */
export function asOfFormat(at: Date, now: Date): AsOfFormat {
  const time: AsOfFormat = { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE };
  return dayKey.format(at) === dayKey.format(now) ? time : { ...time, month: "numeric", day: "numeric" };
}
