import "server-only";
import { eq, sql } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { parkingStays } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { type Fen, formatFen } from "@/lib/money";
import { notifyUser } from "@/lib/push/notify";
import { shanghaiDate } from "@/lib/time";
import { lotName } from "./lot-catalogue";
import { heldAtEntry } from "./plate-holder";

/** Bills that left longer ago than this are no longer swept for notices. */
const NOTICE_LOOKBACK_DAYS = 30;

type Notice = "paid" | "due" | "overdue";
const COLUMN = { paid: "paidNotifiedAt", due: "dueNotifiedAt", overdue: "overdueNotifiedAt" } as const;

interface Candidate {
  id: string;
  plate: string;
  lot_id: string;
  fee_fen: number;
  due_at: string | null;
  user_id: string;
  notice: Notice;
  /** For a due bill: why it was not debited (an agreement's limit, or none). */
  limit_fen: number | null;
  has_agreement: boolean;
}

/**
 * Tells each bill's owner — whoever held the plate when the car entered — that it was debited, fell due
 * or became overdue: once each (push + inbox, idempotent by bill and event). Runs after the transactions that changed the bills, and as a sweep.
 */
export async function sendBillNotices(
  db: Db,
  options: { stayIds?: string[]; now?: Date; limit?: number } = {},
): Promise<number> {
  const now = options.now ?? serverNow();
  if (options.stayIds && options.stayIds.length === 0) return 0;
  const only = options.stayIds
    ? sql`and s.id in (${sql.join(
        options.stayIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql``;
  const at = now.toISOString();
  const result = await db.execute(sql`
    select s.id, s.plate, s.lot_id, s.fee_fen, s.due_at, b.user_id,
      case when s.status = 'paid' then 'paid' when s.due_at <= ${at} then 'overdue' else 'due' end as notice,
      a.per_bill_limit_fen as limit_fen, a.id is not null as has_agreement
    from parking_stays s
    join plate_bindings b on ${heldAtEntry("b", "s")}
    left join payment_agreements a on a.user_id = b.user_id and a.status = 'active'
    where s.exit_at >= ${at}::timestamptz - make_interval(days => ${NOTICE_LOOKBACK_DAYS}) ${only}
      and ((s.status = 'paid' and s.fee_fen > 0 and s.paid_notified_at is null
            and exists (select 1 from parking_bill_payments l join payments p on p.id = l.payment_id
              where l.stay_id = s.id and p.status = 'succeeded'))
        or (s.status = 'unpaid' and s.due_at > ${at} and s.due_notified_at is null)
        or (s.status = 'unpaid' and s.due_at <= ${at} and s.overdue_notified_at is null))
    order by s.exit_at limit ${options.limit ?? 100}`);
  const rows = (result as unknown as { rows: Candidate[] }).rows;
  for (const row of rows) {
    const texts = (part: "title" | "body") =>
      Object.fromEntries(LOCALES.map((locale) => [locale, text(row, locale, part)])) as Record<
        Locale,
        string
      >;
    await notifyUser(db, row.user_id, {
      topic: `parking.bill-${row.notice}`,
      dedupeKey: `parking:bill-${row.notice}:${row.id}`,
      message: { title: texts("title"), body: texts("body") },
      // The receipt: where the resident can pay, see the debit or dispute it.
      url: `/me/bills/${row.id}`,
      now,
    });
    await db
      .update(parkingStays)
      .set({ [COLUMN[row.notice]]: now })
      .where(eq(parkingStays.id, row.id));
  }
  return rows.length;
}

function text(row: Candidate, locale: Locale, part: "title" | "body"): string {
  const t = translatorFor(locale);
  const dueAt = row.due_at ? new Date(row.due_at) : null;
  const values = {
    plate: row.plate,
    lot: lotName(row.lot_id, locale),
    amount: formatFen(row.fee_fen as Fen, locale),
    due: dueAt ? `${shanghaiDate(new Date(dueAt.getTime() - 1))} 24:00` : "",
    limit: row.limit_fen === null ? "" : formatFen(row.limit_fen as Fen, locale),
  };
  return t(`bills.${messageOf(row)}.${part}`, values);
}

/**
 * A due or overdue bill says why it was not debited: no agreement, above its limit, or (else) the debit failed.
 * A bill can be overdue at once (its visit ended before midnight and the bill came after), so the overdue notice
 * may be the first the resident hears of it.
 */
function messageOf(
  row: Candidate,
): Notice | "dueNoAgreement" | "dueOverLimit" | "overdueNoAgreement" | "overdueOverLimit" {
  if (row.notice === "paid") return row.notice;
  if (!row.has_agreement) return `${row.notice}NoAgreement`;
  if (row.limit_fen !== null && row.fee_fen > row.limit_fen) return `${row.notice}OverLimit`;
  return row.notice;
}
