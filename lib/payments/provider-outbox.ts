import "server-only";
import { sql } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import type { Db } from "@/lib/db/types";

/** Tables whose rows are written `requested` in a transaction and sent to the provider after it. */
export type ProviderOutbox = "payments" | "refunds";

/**
 * Sends each `requested` row to the provider, outside any transaction; accepted ones become `pending`.
 * Safe to repeat: the provider deduplicates by idempotency key. Returns the ids it could not send.
 */
export async function sendRequested<T extends { id: string; idempotencyKey: string }>(
  db: Db,
  table: ProviderOutbox,
  rows: T[],
  send: (row: T) => Promise<{ providerRef: string; checkoutUrl?: string }>,
): Promise<string[]> {
  const unsent: string[] = [];
  for (const row of rows) {
    let accepted: { providerRef: string; checkoutUrl?: string };
    try {
      accepted = await send(row);
    } catch (error) {
      console.error(`[payments] ${table} ${row.idempotencyKey} not sent; will retry`, error);
      unsent.push(row.id);
      continue;
    }
    // Payments keep the provider's transaction number (receipts show it) and a one-off's checkout, even when the
    // provider's callback was quicker than this answer and the payment is already settled.
    const acceptance =
      table === "payments"
        ? sql`, provider_ref = coalesce(provider_ref, ${accepted.providerRef}),
            checkout_url = coalesce(checkout_url, ${accepted.checkoutUrl ?? null})`
        : sql``;
    await db.execute(sql`update ${sql.identifier(table)}
      set status = case when status = 'requested' then 'pending' else status end${acceptance}
      where id = ${row.id}::uuid`);
  }
  return unsent;
}

/** Rows still `requested` a while after they were written: the provider was unreachable or the server stopped. */
export async function stuckRequested(
  db: Db,
  table: ProviderOutbox,
  options: { now?: Date; olderThanMs?: number } = {},
): Promise<string[]> {
  const now = options.now ?? serverNow();
  const cutoff = new Date(now.getTime() - (options.olderThanMs ?? 15_000));
  const result = await db.execute(sql`select id from ${sql.identifier(table)}
    where status = 'requested' and requested_at < ${cutoff.toISOString()}::timestamptz
    order by requested_at limit 200`);
  return (result as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
}
