import "server-only";
import type { Db } from "@/lib/db/types";
import { shanghaiDate } from "@/lib/time";
import { calendarSnapshot, setCalendarSnapshot } from "./calendar-snapshot";
import { loadShippedNotices, readCalendarSnapshot, storedCalendarVersion } from "./calendar-store";
import { coverageStatus, coverageWarningText } from "./coverage";
import { shippedNotices } from "./shipped-notices";

/** Loads the shipped notices into an empty database, then reads the stored calendar into this process. */
export async function loadCalendar(db: Db, now: Date): Promise<void> {
  const loaded = await loadShippedNotices(db, shippedNotices(), now);
  if (loaded.length > 0) console.info(`[calendar] loaded the shipped notices for ${loaded.join(", ")}`);
  setCalendarSnapshot(await readCalendarSnapshot(db));
}

/** Re-reads the stored calendar when an import changed its version; true when it did. */
export async function refreshCalendar(db: Db): Promise<boolean> {
  const version = await storedCalendarVersion(db);
  if (version === undefined || version === calendarSnapshot().version) return false;
  setCalendarSnapshot(await readCalendarSnapshot(db));
  return true;
}

/** The coverage of this process's calendar on the server's date, with the operator's warning if any. */
export function calendarCoverage(now: Date) {
  const status = coverageStatus(calendarSnapshot().coverageEnds, shanghaiDate(now));
  return { ...status, warning: coverageWarningText(status) };
}
