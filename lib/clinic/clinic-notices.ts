import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/types";
import { formatDateTime } from "@/lib/format/display";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { type Fen, formatFen } from "@/lib/money";
import { notifyUser } from "@/lib/push/notify";

export type ClinicNotice =
  | "chargePosted"
  | "billDue"
  | "billPaid"
  | "billDebited"
  | "billOverdue"
  | "suspended";

const TOPIC: Record<ClinicNotice, string> = {
  chargePosted: "clinic.charge-posted",
  billDue: "clinic.bill-due",
  billPaid: "clinic.bill-paid",
  billDebited: "clinic.bill-debited",
  billOverdue: "clinic.bill-overdue",
  suspended: "clinic.suspended",
};

/** A bill is reminded this long before its deadline debit. */
const DUE_SOON_MS = 6 * 3_600_000;

/** Tells a resident something about their clinic account: push + inbox, once per `about` (idempotent). */
export async function sendClinicNotice(
  db: Db,
  userId: string,
  notice: ClinicNotice,
  about: string,
  values: { amountFen?: number; availableFen?: number; dueAt?: Date },
  now: Date,
): Promise<void> {
  const texts = (part: "title" | "body") =>
    Object.fromEntries(
      LOCALES.map((locale) => [
        locale,
        translatorFor(locale)(`clinic.notices.${notice}.${part}`, shown(values, locale, now)),
      ]),
    ) as Record<Locale, string>;
  await notifyUser(db, userId, {
    topic: TOPIC[notice],
    dedupeKey: `clinic:${notice}:${about}`,
    message: { title: texts("title"), body: texts("body") },
    url: "/clinic",
    now,
  });
}

function shown(
  values: { amountFen?: number; availableFen?: number; dueAt?: Date },
  locale: Locale,
  now: Date,
) {
  return {
    amount: formatFen((values.amountFen ?? 0) as Fen, locale),
    available: formatFen((values.availableFen ?? 0) as Fen, locale),
    due: values.dueAt ? formatDateTime(values.dueAt, locale, now) : "",
  };
}

/**
 * The reminders a clock decides: a bill due within 6 h, a bill past its deadline, an account suspended. Each is
 * sent once (the inbox's key), so a sweep may run on any server at any time.
 */
export async function sendClinicDeadlineNotices(db: Db, now: Date, limit = 100): Promise<number> {
  const at = now.toISOString();
  const result = await db.execute(sql`
    select i.id, a.user_id, i.total_self_pay_fen as amount_fen, i.due_at,
      case when i.due_at <= ${at} then 'billOverdue' else 'billDue' end as notice
    from clinic_invoices i join clinic_accounts a on a.id = i.account_id
    where i.paid_at is null and a.user_id is not null
      and i.due_at <= ${at}::timestamptz + make_interval(secs => ${DUE_SOON_MS / 1000})
      and not exists (select 1 from notifications n where n.user_id = a.user_id
        and n.dedupe_key = 'clinic:' || (case when i.due_at <= ${at} then 'billOverdue' else 'billDue' end) || ':' || i.id)
    order by i.due_at limit ${limit}`);
  const rows = (
    result as unknown as {
      rows: {
        id: string;
        user_id: string;
        amount_fen: number;
        due_at: string | Date;
        notice: ClinicNotice;
      }[];
    }
  ).rows;
  for (const row of rows) {
    await sendClinicNotice(
      db,
      row.user_id,
      row.notice,
      row.id,
      { amountFen: row.amount_fen, dueAt: new Date(row.due_at) },
      now,
    );
  }
  const suspended = await db.execute(sql`
    select a.id, a.user_id, a.suspended_at from clinic_accounts a
    where a.status = 'suspended' and a.user_id is not null
      and not exists (select 1 from notifications n where n.user_id = a.user_id
        and n.dedupe_key = 'clinic:suspended:' || a.id || ':' || extract(epoch from a.suspended_at)::bigint)
    limit ${limit}`);
  for (const row of (
    suspended as unknown as { rows: { id: string; user_id: string; suspended_at: string | Date }[] }
  ).rows) {
    const since = Math.floor(new Date(row.suspended_at).getTime() / 1000);
    await sendClinicNotice(db, row.user_id, "suspended", `${row.id}:${since}`, {}, now);
  }
  return rows.length;
}

/** After a charge was authorised: the patient sees it at once, with what is left of the line. */
export async function notifyChargePosted(
  db: Db,
  charge: {
    accountId: string;
    hospitalId: string;
    chargeId: string;
    selfPayFen: number;
    availableFen: number;
  },
  now: Date,
): Promise<void> {
  const result = await db.execute(
    sql`select user_id from clinic_accounts where id = ${charge.accountId}::uuid`,
  );
  const userId = (result as unknown as { rows: { user_id: string | null }[] }).rows[0]?.user_id;
  if (!userId) return;
  await sendClinicNotice(
    db,
    userId,
    "chargePosted",
    `${charge.hospitalId}:${charge.chargeId}`,
    { amountFen: charge.selfPayFen, availableFen: charge.availableFen },
    now,
  );
}

/** After a payment of a clinic invoice settled: paid in the app, or debited at the deadline. */
export async function notifyInvoiceSettled(db: Db, paymentId: string, now: Date): Promise<void> {
  const result = await db.execute(sql`
    select p.status, p.kind, p.amount_fen, a.user_id, l.invoice_id from clinic_invoice_payments l
    join payments p on p.id = l.payment_id
    join clinic_invoices i on i.id = l.invoice_id join clinic_accounts a on a.id = i.account_id
    where l.payment_id = ${paymentId}::uuid`);
  const row = (
    result as unknown as {
      rows: {
        status: string;
        kind: string;
        amount_fen: number;
        user_id: string | null;
        invoice_id: string;
      }[];
    }
  ).rows[0];
  if (!row?.user_id || row.status !== "succeeded") return;
  const notice = row.kind === "auto" ? "billDebited" : "billPaid";
  await sendClinicNotice(db, row.user_id, notice, row.invoice_id, { amountFen: row.amount_fen }, now);
}
