import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/types";

export const CREDIT_LINE_KIND = "reservationCredit";

interface StayToCredit {
  id: string;
  lotId: string;
  plate: string;
  entryAt: Date | null;
}

/**
 * The paid reservation fee that counts toward this stay's bill: a confirmed reservation of the same plate
 * at the same lot whose hold covered the entry, not yet credited to another stay. Locks it.
 */
export async function reservationCredit(
  tx: Db,
  stay: StayToCredit,
): Promise<{ reservationId: string; amountFen: number } | null> {
  if (!stay.entryAt) return null;
  const result = await tx.execute(sql`
    select id, fee_fen from parking_reservations
    where lot_id = ${stay.lotId} and plate = ${stay.plate} and status = 'confirmed'
      and created_at <= ${stay.entryAt.toISOString()}::timestamptz
      and hold_until >= ${stay.entryAt.toISOString()}::timestamptz
      and (credited_stay_id is null or credited_stay_id = ${stay.id}::uuid)
    order by arrival_at limit 1 for update`);
  const row = (result as unknown as { rows: { id: string; fee_fen: number }[] }).rows[0];
  return row ? { reservationId: row.id, amountFen: row.fee_fen } : null;
}

/**
 * Billing's one hook (inside the billing transaction, before debits are scheduled): deducts each
 * billed stay's reservation fee from its bill — never below zero — as a breakdown line.
 */
export async function applyReservationCredits(tx: Db, stayIds: string[], now: Date): Promise<void> {
  for (const stayId of stayIds) {
    const found = await tx.execute(sql`
      select id, lot_id, plate, entry_at, fee_fen, breakdown from parking_stays
      where id = ${stayId}::uuid and status = 'unpaid' and fee_fen > 0`);
    const stay = (
      found as unknown as {
        rows: {
          id: string;
          lot_id: string;
          plate: string;
          entry_at: string | Date | null;
          fee_fen: number;
          breakdown: unknown;
        }[];
      }
    ).rows[0];
    if (!stay) continue;
    const lines = Array.isArray(stay.breakdown) ? (stay.breakdown as { kind?: string }[]) : [];
    if (lines.some((line) => line.kind === CREDIT_LINE_KIND)) continue;
    const entryAt = stay.entry_at ? new Date(stay.entry_at) : null;
    const credit = await reservationCredit(tx, {
      id: stay.id,
      lotId: stay.lot_id,
      plate: stay.plate,
      entryAt,
    });
    if (!credit) continue;
    const amountFen = Math.min(credit.amountFen, stay.fee_fen);
    const line = {
      kind: CREDIT_LINE_KIND,
      from: entryAt?.toISOString(),
      to: entryAt?.toISOString(),
      amountFen: -amountFen,
      labelKey: "reservations.creditLine",
      values: { amountFen: -amountFen, reservationId: credit.reservationId },
    };
    const fee = stay.fee_fen - amountFen;
    await tx.execute(sql`update parking_stays set fee_fen = ${fee},
        breakdown = coalesce(breakdown, '[]'::jsonb) || ${JSON.stringify([line])}::jsonb,
        status = case when ${fee} = 0 then 'paid' else status end,
        paid_at = case when ${fee} = 0 then ${now.toISOString()}::timestamptz else paid_at end
      where id = ${stayId}::uuid`);
    await tx.execute(sql`update parking_reservations set credited_stay_id = ${stayId}::uuid
      where id = ${credit.reservationId}::uuid`);
  }
}
