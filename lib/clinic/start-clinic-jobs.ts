import "server-only";
import { randomUUID } from "node:crypto";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { runUnderLease } from "@/lib/jobs/run-under-lease";
import { paymentProvider } from "@/lib/payments/current-provider";
import { requestDebits } from "@/lib/payments/debit-bill";
import { sendClinicDeadlineNotices } from "./clinic-notices";
import { debitDueInvoices } from "./debit-due-invoices";

const DEADLINES_EVERY_MS = 30_000;
const holder = randomUUID();
const globalJobs = globalThis as unknown as { __clinicJobs?: boolean };

/**
 * Clinic bills unpaid at their deadline are debited (or the account suspended), and residents are reminded of
 * bills due within 6 h, overdue ones and a suspension; one server at a time.
 */
export function startClinicJobs(): void {
  if (env().PAYMENT_JOBS === "off" || globalJobs.__clinicJobs) return;
  globalJobs.__clinicJobs = true;
  const deadlines = async () => {
    try {
      const db = await getDb();
      await runUnderLease(
        db,
        "clinic-deadline-debits",
        holder,
        { ttlMs: DEADLINES_EVERY_MS * 2 },
        async () => {
          const paymentIds = await debitDueInvoices(db, serverNow());
          await requestDebits(db, paymentProvider(db), paymentIds);
          await sendClinicDeadlineNotices(db, serverNow());
        },
      );
    } catch (error) {
      console.error("[clinic] deadline debits round failed", error);
    }
  };
  setInterval(deadlines, DEADLINES_EVERY_MS).unref();
}
