import "server-only";
import type { Db } from "@/lib/db/types";
import { downsampleParkingHistory, purgeOldCityHistory } from "./city-history";
import { purgeDeliveredOutbox } from "./delivered-outbox";
import { purgeExpiredSessions } from "./expired-sessions";
import { purgeOldNotifications } from "./old-notifications";
import { purgeStaleRateLimitHits } from "./rate-limit-hits";
import { purgeSignInCodes } from "./sign-in-codes";

/** Every retention rule, in order: each one small, bounded, and safe to run again. */
export const RETENTION_RULES: ReadonlyArray<{ name: string; run: (db: Db, now: Date) => Promise<number> }> = [
  { name: "expired-sessions", run: purgeExpiredSessions },
  { name: "sign-in-codes", run: purgeSignInCodes },
  { name: "delivered-outbox", run: purgeDeliveredOutbox },
  { name: "notifications", run: purgeOldNotifications },
  { name: "rate-limit-hits", run: purgeStaleRateLimitHits },
  {
    name: "parking-history-downsample",
    run: async (db, now) => (await downsampleParkingHistory(db, now)).readings,
  },
  { name: "city-history", run: purgeOldCityHistory },
];

/**
 * Runs every rule once; a failing rule is reported and the others still run. Rows affected, by rule. Stops before the
 * next rule once `signal` aborts (the job's lease was lost).
 */
export async function runRetention(
  db: Db,
  now: Date,
  signal?: AbortSignal,
): Promise<Record<string, number | "failed">> {
  const report: Record<string, number | "failed"> = {};
  for (const rule of RETENTION_RULES) {
    signal?.throwIfAborted();
    try {
      report[rule.name] = await rule.run(db, now);
    } catch (error) {
      console.error(`[retention] ${rule.name} failed`, error);
      report[rule.name] = "failed";
    }
  }
  return report;
}
