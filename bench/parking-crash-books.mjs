// The books after the crash test, read straight from the database the killed servers wrote.

const CHECKS = {
  storedEvents: `select count(*)::int as n from gate_events where event_id like 'crash-%'`,
  stays: `select count(*)::int as n from parking_stays where entry_event_id like 'crash-%'`,
  billedStays: `select count(*)::int as n from parking_stays where entry_event_id like 'crash-%' and fee_fen is not null`,
  flaggedStays: `select count(*)::int as n from parking_stays where status = 'flagged'`,
  staysPerEntryOverOne: `select count(*)::int as n from (select entry_event_id from parking_stays
    where entry_event_id is not null group by 1 having count(*) > 1) d`,
  billsPaidTwice: `select count(*)::int as n from (select l.stay_id from parking_bill_payments l
    join payments p on p.id = l.payment_id where p.status = 'succeeded' group by 1 having count(*) > 1) d`,
  keysUsedTwice: `select count(*)::int as n from (select idempotency_key from payments group by 1 having count(*) > 1) d`,
  succeededPayments: `select count(*)::int as n from payments where status = 'succeeded'`,
  providerDebits: `select count(*)::int as n from sandbox_debits where outcome = 'succeeded'`,
  debitedFen: `select coalesce(sum(amount_fen), 0)::int as n from payments
    where status = 'succeeded' and purpose = 'parking_bill'`,
  paidBillsFen: `select coalesce(sum(s.fee_fen), 0)::int as n from parking_stays s
    where s.status = 'paid' and exists (select 1 from parking_bill_payments l join payments p on p.id = l.payment_id
      where l.stay_id = s.id and p.status = 'succeeded')`,
  boundStaysNotPaid: `select count(*)::int as n from parking_stays s where s.plate like '浙B%' and s.fee_fen > 0
    and s.status <> 'paid'`,
  unboundStaysPaid: `select count(*)::int as n from parking_stays s where s.plate like '浙C%' and s.status = 'paid'`,
  reservations: `select count(*)::int as n from parking_reservations where idempotency_key like 'crash-res-%'`,
  reservationFeesPaid: `select count(*)::int as n from payments where purpose = 'reservation_fee' and status = 'succeeded'`,
  reservationFeesPaidTwice: `select count(*)::int as n from (select l.reservation_id from reservation_payments l
    join payments p on p.id = l.payment_id where p.status = 'succeeded' group by 1 having count(*) > 1) d`,
  heldWithoutFee: `select count(*)::int as n from parking_reservations r where r.status in ('confirmed', 'cancelled')
    and not exists (select 1 from reservation_payments l join payments p on p.id = l.payment_id
      where l.reservation_id = r.id and p.status = 'succeeded')`,
  stillPending: `select count(*)::int as n from parking_reservations where status = 'pending_payment'`,
  refundsOwed: `select count(*)::int as n from parking_reservations where refund_due_fen > 0`,
  refundsPaid: `select count(*)::int as n from refunds where status = 'succeeded'`,
  refundsOwedNotPaid: `select count(*)::int as n from parking_reservations where refund_due_fen > 0 and refunded_at is null`,
  lapsedFeesKept: `select count(*)::int as n from parking_reservations r
    join reservation_payments l on l.reservation_id = r.id
    join payments p on p.id = l.payment_id and p.status = 'succeeded' where r.status = 'declined'
    and not exists (select 1 from refunds f where f.payment_id = p.id and f.status = 'succeeded')`,
  refundsOverPayment: `select count(*)::int as n from payments p where p.amount_fen <
    (select coalesce(sum(f.amount_fen), 0) from refunds f where f.payment_id = p.id and f.status <> 'failed')`,
  providerRefunds: `select count(*)::int as n from sandbox_refunds`,
};

async function runner(database) {
  if (database.url) {
    const pg = (await import("pg")).default;
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    return { query: async (sql) => (await client.query(sql)).rows, close: () => client.end() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create(database.dataDir);
  return { query: async (sql) => (await db.query(sql)).rows, close: () => db.close() };
}

export async function queryBooks(database, events) {
  const db = await runner(database);
  const counts = {};
  for (const [name, sql] of Object.entries(CHECKS)) counts[name] = (await db.query(sql))[0].n;
  const stored = new Set(
    (await db.query(`select event_id from gate_events where event_id like 'crash-%'`)).map((r) => r.event_id),
  );
  await db.close();
  const missingEvents = events.filter((e) => !stored.has(e.eventId)).length;
  const visits = events.length / 2;
  const ok =
    missingEvents === 0 &&
    counts.storedEvents === events.length &&
    counts.stays === visits &&
    counts.billedStays === visits &&
    counts.flaggedStays === 0 &&
    counts.staysPerEntryOverOne === 0 &&
    counts.billsPaidTwice === 0 &&
    counts.keysUsedTwice === 0 &&
    counts.providerDebits === counts.succeededPayments &&
    counts.debitedFen === counts.paidBillsFen &&
    counts.boundStaysNotPaid === 0 &&
    counts.unboundStaysPaid === 0 &&
    counts.reservationFeesPaidTwice === 0 &&
    counts.heldWithoutFee === 0 &&
    counts.stillPending === 0 &&
    counts.refundsOwedNotPaid === 0 &&
    counts.lapsedFeesKept === 0 &&
    counts.refundsOverPayment === 0 &&
    counts.providerRefunds === counts.refundsPaid;
  return { ok, missingEvents, ...counts };
}
