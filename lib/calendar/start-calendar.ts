import "server-only";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { shanghaiDate } from "@/lib/time";
import { calendarCoverage, loadCalendar, refreshCalendar } from "./calendar-refresh";

// An import on any machine reaches every app server within a minute.
const REFRESH_MS = 60_000;

/**
 * Loads the holiday calendar from the database at start and follows imports; warns in the log (at start,
 * after an import and once a day) while coverage ends within 60 days.
 */
export function startCalendar(): void {
  let warnedOn = "";
  const warn = (force: boolean) => {
    const now = serverNow();
    const today = shanghaiDate(now);
    const { warning } = calendarCoverage(now);
    if (warning && (force || warnedOn !== today)) console.warn(`[calendar] ${warning}`);
    warnedOn = today;
  };
  let loaded = false;
  const tick = async () => {
    try {
      const db = await getDb();
      if (!loaded) {
        await loadCalendar(db, serverNow());
        loaded = true;
        warn(true);
        return;
      }
      const changed = await refreshCalendar(db);
      if (changed) console.info("[calendar] reloaded after an import");
      warn(changed);
    } catch (error) {
      console.warn(
        "[calendar] could not read the holiday calendar; will retry:",
        error instanceof Error ? error.message : error,
      );
    }
  };
  void tick();
  setInterval(tick, REFRESH_MS).unref();
}
