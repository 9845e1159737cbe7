import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { runUnderLease } from "@/lib/jobs/run-under-lease";
import { sendBillNotices } from "./bill-notices";
import { sendDisputeNotices } from "./dispute-notices";

const NOTICES_EVERY_MS = 30_000;
const holder = randomUUID();
const globalJobs = globalThis as unknown as { __parkingNoticeJobs?: boolean };

/** Bill reminders and dispute outcomes not yet told, one server at a time (elected by lease). */
export function startParkingNoticeJobs(): void {
  if (env().PAYMENT_JOBS === "off" || globalJobs.__parkingNoticeJobs) return;
  globalJobs.__parkingNoticeJobs = true;
  const notices = async () => {
    try {
      const db = await getDb();
      await runUnderLease(
        db,
        "parking-bill-notices",
        holder,
        { ttlMs: NOTICES_EVERY_MS * 2 },
        async (signal) => {
          await sendBillNotices(db);
          signal.throwIfAborted();
          await sendDisputeNotices(db);
        },
      );
    } catch (error) {
      console.error("[parking] bill notices round failed", error);
    }
  };
  setInterval(notices, NOTICES_EVERY_MS).unref();
}
