import "server-only";
import { and, inArray, isNull, sql } from "drizzle-orm";
import { parkingStays } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { endOfShanghaiDay } from "./bill-status";
import { hasOverdueBill } from "./pay-later";
import { heldAtEntry } from "./plate-holder";

/**
 * Inside the billing transaction: a collection (`requested` payment, idempotency key = stay id) for every
 * bill whose owner (the plate's holder at entry) has pay-later active for it and whose fee is within the agreement's
 * per-bill limit; every other bill is due by 24:00 today (a bill above the limit is paid by hand). Returns the payment ids
 * to send to the provider once the transaction has committed.
 */
export async function scheduleAutoDebits(tx: Db, stayIds: string[], now: Date): Promise<string[]> {
  if (stayIds.length === 0) return [];
  const ids = sql.join(
    stayIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const result = await tx.execute(sql`
    insert into payments (idempotency_key, stay_id, user_id, agreement_id, amount_fen, kind, status, requested_at)
    select s.id::text, s.id, b.user_id, a.id, s.fee_fen, 'auto', 'requested', ${now.toISOString()}
    from parking_stays s
    join plate_bindings b on ${heldAtEntry("b", "s")}
    join payment_agreements a on a.user_id = b.user_id and a.status = 'active'
      and s.fee_fen <= a.per_bill_limit_fen
    where s.id in (${ids}) and s.status = 'unpaid' and s.fee_fen > 0
      and not ${hasOverdueBill(sql`b.plate`, sql`b.user_id`, now)}
    on conflict do nothing
    returning id, stay_id`);
  const rows = (result as unknown as { rows: { id: string; stay_id: string }[] }).rows;
  const debited = new Set(rows.map((r) => r.stay_id));
  const notDebited = stayIds.filter((id) => !debited.has(id));
  if (notDebited.length > 0) {
    await tx
      .update(parkingStays)
      .set({ dueAt: endOfShanghaiDay(now) })
      .where(and(inArray(parkingStays.id, notDebited), isNull(parkingStays.dueAt)));
  }
  return rows.map((r) => r.id);
}
