import type { Db } from "@/lib/db/types";
import { type CallbackSender, deliverPaymentCallbacks } from "@/lib/payments/callback-outbox";
import { applyPaymentCallback } from "@/lib/payments/payment-callback";
import { requestRefunds } from "@/lib/payments/refunds";
import { createSandboxProvider } from "@/lib/payments/sandbox-provider";
import "@/lib/payment-purposes";

/**
 * The sandbox provider with its callbacks delivered in-process on demand, as the payment jobs and the
 * callback route would do them: `settle()` delivers everything queued, including the refunds that
 * settling decided on, until nothing is left.
 */
export function inProcessPayments(db: Db, clock: () => Date) {
  const provider = createSandboxProvider(db, { now: clock });
  const send: CallbackSender = async (payload) => {
    const { refundIds } = await applyPaymentCallback(db, payload, clock());
    await requestRefunds(db, provider, refundIds);
    return true;
  };
  const settle = async () => {
    for (let round = 0; round < 10; round += 1) {
      const { delivered } = await deliverPaymentCallbacks(db, send, { now: clock(), limit: 500 });
      if (delivered === 0) return;
    }
  };
  return { provider, settle };
}
