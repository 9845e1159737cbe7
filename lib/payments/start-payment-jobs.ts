import "server-only";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { deliverPaymentCallbacks, httpCallbackSender } from "./callback-outbox";
import { paymentProvider, sandboxPaymentsAvailable } from "./current-provider";
import { retryRequestedDebits } from "./debit-bill";
import { retryRequestedRefunds } from "./refunds";
import { expireSandboxCheckouts } from "./sandbox-checkout";

const OUTBOX_EVERY_MS = 1_000;
const DEBIT_RETRY_EVERY_MS = 15_000;
const globalJobs = globalThis as unknown as { __paymentJobs?: boolean };

/**
 * Starts the payment work of this server: the sandbox provider's callback deliveries and retries of
 * unsent debits and refunds (safe on every server: rows are claimed in the database).
 */
export function startPaymentJobs(): void {
  const config = env();
  if (config.PAYMENT_JOBS === "off" || globalJobs.__paymentJobs) return;
  globalJobs.__paymentJobs = true;
  const callbackUrl = config.PAYMENTS_CALLBACK_URL ?? `http://127.0.0.1:${config.PORT}/api/payments/callback`;
  const send = httpCallbackSender(callbackUrl, config.PAYMENTS_CALLBACK_SECRET);

  let busy = false;
  let lastRetry = 0;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const db = await getDb();
      if (sandboxPaymentsAvailable()) {
        await expireSandboxCheckouts(db, serverNow());
        await deliverPaymentCallbacks(db, send);
      }
      if (Date.now() - lastRetry >= DEBIT_RETRY_EVERY_MS) {
        lastRetry = Date.now();
        await retryRequestedDebits(db, paymentProvider(db));
        await retryRequestedRefunds(db, paymentProvider(db));
      }
    } catch (error) {
      console.error("[payments] outbox round failed", error);
    } finally {
      busy = false;
    }
  };
  setInterval(tick, OUTBOX_EVERY_MS).unref();
}
