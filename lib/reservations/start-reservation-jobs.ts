import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { runUnderLease } from "@/lib/jobs/run-under-lease";
import { expireUnpaidReservations } from "./expire-unpaid";
import { notifyNoShows } from "./no-shows";

const EVERY_MS = 60_000;
const holder = randomUUID();
const globalJobs = globalThis as unknown as { __reservationJobs?: boolean };

/**
 * Once a minute, on one server at a time (elected by lease): releases reservations whose fee never settled,
 * and sends no-show notices. Off with the payment jobs.
 */
export function startReservationJobs(): void {
  if (env().PAYMENT_JOBS === "off" || globalJobs.__reservationJobs) return;
  globalJobs.__reservationJobs = true;
  const round = async () => {
    try {
      const db = await getDb();
      await runUnderLease(db, "reservation-no-shows", holder, { ttlMs: EVERY_MS * 2 }, async (signal) => {
        await expireUnpaidReservations(db);
        signal.throwIfAborted();
        await notifyNoShows(db);
      });
    } catch (error) {
      console.error("[reservations] reservation round failed", error);
    }
  };
  setInterval(() => void round(), EVERY_MS).unref();
}
