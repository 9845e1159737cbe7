import "server-only";
import { eq, sql } from "drizzle-orm";
import { sandboxCallbackHolds } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

// Held callbacks wait "for ever" until released; a year is far enough and stays a valid timestamp.
const HELD_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * When the sandbox provider delivers the callback for this payment: now, or — while the paying account is
 * held — not until the hold is released, to rehearse a provider that settles slowly.
 */
export async function callbackDueAt(tx: Db, idempotencyKey: string, now: Date): Promise<Date> {
  const held = await tx.execute(sql`
    select 1 from payments p
    join users u on u.id = p.user_id
    join sandbox_callback_holds h on h.phone = u.phone
    where p.idempotency_key = ${idempotencyKey} limit 1`);
  return (held as unknown as { rows: unknown[] }).rows.length > 0 ? new Date(now.getTime() + HELD_MS) : now;
}

/** Holds (or releases) the sandbox callbacks of the account with this phone; releasing delivers them now. */
export async function setSandboxCallbackHold(db: Db, phone: string, hold: boolean, now: Date): Promise<void> {
  if (hold) {
    await db.insert(sandboxCallbackHolds).values({ phone }).onConflictDoNothing();
    return;
  }
  await db.transaction(async (tx) => {
    await tx.delete(sandboxCallbackHolds).where(eq(sandboxCallbackHolds.phone, phone));
    await tx.execute(sql`
      update payment_outbox set next_attempt_at = ${now.toISOString()}::timestamptz
      where delivered_at is null and payload->>'idempotencyKey' in (
        select p.idempotency_key from payments p join users u on u.id = p.user_id where u.phone = ${phone})`);
  });
}
