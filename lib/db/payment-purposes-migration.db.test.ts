import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS, migrationCopies } from "@/lib/testing/migrations-up-to";

const copies = migrationCopies();
afterAll(() => copies.remove());

const rows = async <T>(client: PGlite, query: string) => (await client.query<T>(query)).rows;

describe("migration 0004_payment_purposes", () => {
  it("carries reservation charges and refunds from the old ledger into payments and refunds", async () => {
    const client = await PGlite.create("memory://");
    const db = drizzle({ client });
    await migrate(db, { migrationsFolder: copies.upTo("0004_payment_purposes") });
    const user = "00000000-0000-4000-8000-000000000001";
    const agreement = "00000000-0000-4000-8000-0000000000a1";
    const reservation = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
    const reserve = (n: number, status: string, refundDue: string, refundedAt: string) =>
      `('${reservation(n)}', '${user}', 'k${n}', 'kerry-centre', '浙A1000${n}', now(), now(), 500,
        '${agreement}', '${status}', ${refundDue}, ${refundedAt})`;
    await client.exec(`
      insert into users (id, phone) values ('${user}', '13800000001');
      insert into payment_agreements (id, user_id, status) values ('${agreement}', '${user}', 'active');
      insert into parking_reservations (id, user_id, idempotency_key, lot_id, plate, arrival_at, hold_until,
          fee_fen, agreement_id, status, refund_due_fen, refunded_at) values
        ${reserve(1, "confirmed", "null", "null")},
        ${reserve(2, "cancelled", "500", "now()")},
        ${reserve(3, "cancelled", "500", "null")},
        ${reserve(4, "declined", "null", "null")};
      insert into reservation_ledger (idempotency_key, kind, agreement_id, amount_fen, outcome) values
        ('${reservation(1)}', 'charge', '${agreement}', 500, 'succeeded'),
        ('${reservation(2)}', 'charge', '${agreement}', 500, 'succeeded'),
        ('${reservation(2)}', 'refund', '${agreement}', 500, 'succeeded'),
        ('${reservation(3)}', 'charge', '${agreement}', 500, 'succeeded'),
        ('${reservation(4)}', 'charge', '${agreement}', 500, 'declined');`);

    await migrate(db, { migrationsFolder: MIGRATIONS });

    const fees = await rows<{ reservation_id: string; status: string; idempotency_key: string }>(
      client,
      `select l.reservation_id, p.status, p.idempotency_key from payments p
       join reservation_payments l on l.payment_id = p.id
       where p.purpose = 'reservation_fee' order by l.reservation_id`,
    );
    expect(fees.map((f) => [f.reservation_id, f.status, f.idempotency_key])).toEqual([
      [reservation(1), "succeeded", `reservation:${reservation(1)}`],
      [reservation(2), "succeeded", `reservation:${reservation(2)}`],
      [reservation(3), "succeeded", `reservation:${reservation(3)}`],
      [reservation(4), "declined", `reservation:${reservation(4)}`],
    ]);
    const given = await rows<{ idempotency_key: string; status: string; amount_fen: number }>(
      client,
      "select idempotency_key, status, amount_fen from refunds order by idempotency_key",
    );
    expect(given).toEqual([
      { idempotency_key: `reservation-cancel:${reservation(2)}`, status: "succeeded", amount_fen: 500 },
      { idempotency_key: `reservation-cancel:${reservation(3)}`, status: "requested", amount_fen: 500 },
    ]);
    expect(await rows(client, "select 1 from sandbox_debits")).toHaveLength(4);
    expect(await rows(client, "select 1 from sandbox_refunds")).toHaveLength(1);
    const ledger = await rows(client, "select 1 from pg_tables where tablename = 'reservation_ledger'");
    expect(ledger).toHaveLength(0);
    await client.close();
  });
});

describe("migration 0011_payments_platform", () => {
  it("moves each payment's bill or reservation into the service's link table, with its subject and description", async () => {
    const client = await PGlite.create("memory://");
    const db = drizzle({ client });
    await migrate(db, { migrationsFolder: copies.upTo("0011_payments_platform") });
    const user = "00000000-0000-4000-8000-000000000001";
    const agreement = "00000000-0000-4000-8000-0000000000a1";
    const stay = "00000000-0000-4000-8000-0000000000b1";
    const reservation = "00000000-0000-4000-8000-0000000000c1";
    await client.exec(`
      insert into users (id, phone) values ('${user}', '+8613800000001');
      insert into payment_agreements (id, user_id, status) values ('${agreement}', '${user}', 'active');
      insert into parking_stays (id, lot_id, plate, vehicle_class, entry_at, exit_at, status, fee_fen)
        values ('${stay}', 'hubin', '浙A12345', 'small', now() - interval '2 hours', now(), 'paid', 600);
      insert into parking_reservations (id, user_id, idempotency_key, lot_id, plate, arrival_at, hold_until,
          fee_fen, agreement_id, status) values
        ('${reservation}', '${user}', 'k1', 'kerry-centre', '浙A10001', now(), now(), 500, '${agreement}', 'confirmed');
      insert into payments (idempotency_key, purpose, stay_id, user_id, agreement_id, amount_fen, kind, status)
        values ('${stay}', 'parking_bill', '${stay}', '${user}', '${agreement}', 600, 'auto', 'succeeded');
      insert into payments (idempotency_key, purpose, reservation_id, user_id, agreement_id, amount_fen, kind, status)
        values ('reservation:${reservation}', 'reservation_fee', '${reservation}', '${user}', '${agreement}', 500,
          'manual', 'succeeded');`);

    await migrate(db, { migrationsFolder: MIGRATIONS });

    const moved = await rows<{
      subject: string;
      description: string;
      stay_id: string;
      reservation_id: string;
    }>(
      client,
      `select p.subject, p.description, b.stay_id, r.reservation_id from payments p
       left join parking_bill_payments b on b.payment_id = p.id
       left join reservation_payments r on r.payment_id = p.id order by p.purpose`,
    );
    expect(moved).toEqual([
      {
        subject: `parking_bill:${stay}`,
        description: "Parking 浙A12345 @ hubin",
        stay_id: stay,
        reservation_id: null,
      },
      {
        subject: `reservation_fee:${reservation}`,
        description: "Parking reservation 浙A10001 @ kerry-centre",
        stay_id: null,
        reservation_id: reservation,
      },
    ]);
    const columns = await rows(
      client,
      "select 1 from information_schema.columns where table_name = 'payments' and column_name in ('stay_id', 'reservation_id')",
    );
    expect(columns).toHaveLength(0);
    await client.close();
  });
});
