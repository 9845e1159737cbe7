// The official holiday file, copied whole (only re-formatted) for lib/calendar.
import { biomeFormattedJson, readSharedJson } from "./io.mjs";

export const CALENDAR_SOURCE = "data/calendar/cn-public-holidays.json";
export const CALENDAR_TARGET = "lib/calendar/data/cn-public-holidays.json";

export function buildCalendar() {
  return { [CALENDAR_TARGET]: biomeFormattedJson(readSharedJson(CALENDAR_SOURCE), CALENDAR_TARGET) };
}
