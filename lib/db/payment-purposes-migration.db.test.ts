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
      `select reservation_id, status, idempotency_key from payments
       where purpose = 'reservation_fee' order by reservation_id`,
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
