import "server-only";
import { eq, sql } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { parkingDisputes } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { type Fen, formatFen } from "@/lib/money";
import { notifyUser } from "@/lib/push/notify";
import { shanghaiDate } from "@/lib/time";
import { lotName } from "./lot-catalogue";

type Kind = "waived" | "corrected" | "refund" | "rejected";

interface Resolved {
  id: string;
  user_id: string;
  stay_id: string;
  outcome: "upheld" | "rejected";
  corrected_fee_fen: number | null;
  plate: string;
  lot_id: string;
  fee_fen: number | null;
  status: string;
  due_at: string | Date | null;
  refund_fen: number | null;
}

/**
 * Tells residents that their dispute was resolved and what it means for the bill, once each (push +
 * inbox, idempotent by dispute). Runs after the resolving transaction commits, and as a sweep.
 */
export async function sendDisputeNotices(
  db: Db,
  options: { disputeIds?: string[]; now?: Date; limit?: number } = {},
): Promise<number> {
  const now = options.now ?? serverNow();
  if (options.disputeIds && options.disputeIds.length === 0) return 0;
  const only = options.disputeIds
    ? sql`and d.id in (${sql.join(
        options.disputeIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql``;
  const result = await db.execute(sql`
    select d.id, d.user_id, d.stay_id, d.outcome, d.corrected_fee_fen, s.plate, s.lot_id, s.fee_fen,
      s.status, s.due_at, ${refundAmount} as refund_fen
    from parking_disputes d join parking_stays s on s.id = d.stay_id
    where d.status = 'resolved' and d.resolution_notified_at is null and d.user_id is not null ${only}
    order by d.resolved_at limit ${options.limit ?? 100}`);
  const rows = (result as unknown as { rows: Resolved[] }).rows;
  for (const row of rows) {
    const kind = kindOf(row);
    const texts = (part: "title" | "body") =>
      Object.fromEntries(LOCALES.map((locale) => [locale, text(row, kind, locale, part)])) as Record<
        Locale,
        string
      >;
    await notifyUser(db, row.user_id, {
      topic: "parking.dispute-resolved",
      dedupeKey: `parking:dispute-resolved:${row.id}`,
      message: { title: texts("title"), body: texts("body") },
      url: `/me/bills/${row.stay_id}`,
      now,
    });
    await db.update(parkingDisputes).set({ resolutionNotifiedAt: now }).where(eq(parkingDisputes.id, row.id));
  }
  return rows.length;
}

const refundAmount = sql`(select r.amount_fen from refunds r where r.idempotency_key = 'dispute:' || d.id::text)`;

function kindOf(row: Resolved): Kind {
  if (row.outcome === "rejected") return "rejected";
  if (row.refund_fen && row.refund_fen > 0) return "refund";
  return row.corrected_fee_fen === 0 ? "waived" : "corrected";
}

function text(row: Resolved, kind: Kind, locale: Locale, part: "title" | "body"): string {
  const t = translatorFor(locale) as unknown as (key: string, values?: object) => string;
  const dueAt = row.status === "unpaid" && row.due_at ? new Date(row.due_at) : null;
  return t(`bills.disputeResolved.${kind}.${part}`, {
    plate: row.plate,
    lot: lotName(row.lot_id, locale),
    amount: formatFen((row.fee_fen ?? 0) as Fen, locale),
    refund: formatFen((row.refund_fen ?? 0) as Fen, locale),
    due: dueAt ? `${shanghaiDate(new Date(dueAt.getTime() - 1))} 24:00` : "none",
  });
}
