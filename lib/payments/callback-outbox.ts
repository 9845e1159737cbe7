import "server-only";
import { eq, sql } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { paymentOutbox } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { signedHeaders } from "@/lib/http/machine-signature";
import type { PaymentCallbackBody } from "./provider";

/** Delivers one callback; true when the receiver acknowledged it (2xx). */
export type CallbackSender = (payload: PaymentCallbackBody) => Promise<boolean>;

// A claimed callback that was neither acknowledged nor released (the server died) is tried again after this.
const CLAIM_MS = 60_000;
const MAX_BACKOFF_MS = 5 * 60_000;

/**
 * Delivers the callbacks that are due, outside any transaction, and retries the unacknowledged ones with
 * backoff until they are. Rows are claimed with SKIP LOCKED, so several servers can run this at once.
 */
export async function deliverPaymentCallbacks(
  db: Db,
  send: CallbackSender,
  options: { now?: Date; limit?: number } = {},
): Promise<{ delivered: number; failed: number }> {
  const now = options.now ?? serverNow();
  const claimed = await db.execute(sql`
    update payment_outbox set attempts = attempts + 1,
      next_attempt_at = ${new Date(now.getTime() + CLAIM_MS).toISOString()}
    where id in (
      select id from payment_outbox
      where delivered_at is null and next_attempt_at <= ${now.toISOString()}
      order by id limit ${options.limit ?? 50}
      for update skip locked)
    returning id, payload, attempts`);
  const rows = (claimed as unknown as { rows: { id: string | number; payload: unknown; attempts: number }[] })
    .rows;
  let delivered = 0;
  for (const row of rows) {
    const id = Number(row.id);
    const payload = (
      typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload
    ) as PaymentCallbackBody;
    let error: string | null = null;
    try {
      if (!(await send(payload))) error = "not acknowledged";
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    if (error === null) {
      delivered += 1;
      await db.update(paymentOutbox).set({ deliveredAt: serverNow() }).where(eq(paymentOutbox.id, id));
    } else {
      const backoff = Math.min(1000 * 2 ** row.attempts, MAX_BACKOFF_MS);
      await db
        .update(paymentOutbox)
        .set({ lastError: error.slice(0, 500), nextAttemptAt: new Date(now.getTime() + backoff) })
        .where(eq(paymentOutbox.id, id));
    }
  }
  return { delivered, failed: rows.length - delivered };
}

/** Posts a callback to `url`, signed with `secret`, as the real provider would. */
export function httpCallbackSender(url: string, secret: string, timeoutMs = 5_000): CallbackSender {
  return async (payload) => {
    const body = JSON.stringify(payload);
    const response = await fetch(url, {
      method: "POST",
      headers: signedHeaders(secret, body),
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return response.ok;
  };
}
