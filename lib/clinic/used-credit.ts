import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/types";

/**
 * The self-pay the patient still owes, which the line must cover: every authorised charge of an open visit and
 * every unpaid invoice (a closed visit's charges are counted once, through its invoice).
 */
export async function usedCreditFen(db: Db, accountId: string): Promise<number> {
  const result = await db.execute(sql`
    select
      coalesce((select sum(c.self_pay_fen) from clinic_charges c
        join clinic_visits v on v.id = c.visit_row_id
        where c.account_id = ${accountId}::uuid and c.status = 'authorized' and v.status = 'open'), 0)
      + coalesce((select sum(i.total_self_pay_fen) from clinic_invoices i
        where i.account_id = ${accountId}::uuid and i.paid_at is null), 0) as used`);
  return Number((result as unknown as { rows: { used: string | number }[] }).rows[0]!.used);
}
