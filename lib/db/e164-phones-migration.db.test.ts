import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS, migrationCopies } from "@/lib/testing/migrations-up-to";

const copies = migrationCopies();
afterAll(() => copies.remove());

describe("migration to E.164 phone numbers", () => {
  it("gives stored mainland numbers +86, and leaves numbers already in E.164 alone", async () => {
    const client = await PGlite.create("memory://");
    const db = drizzle({ client });
    await migrate(db, { migrationsFolder: copies.upTo("0010_holiday_calendar_e164_privacy") });
    await client.exec(`
      insert into users (phone) values ('13800138000'), ('+85291234567');
      insert into sandbox_declines (phone) values ('13800138000');
      insert into rate_limit_hits (bucket, subject) values ('auth.otp.phone', '13800138000'),
        ('auth.otp.ip', '198.51.100.7');`);

    await migrate(db, { migrationsFolder: MIGRATIONS });

    const phones = await client.query<{ phone: string }>("select phone from users order by phone");
    expect(phones.rows.map((row) => row.phone).sort()).toEqual(["+85291234567", "+8613800138000"]);
    const declines = await client.query<{ phone: string }>("select phone from sandbox_declines");
    expect(declines.rows).toEqual([{ phone: "+8613800138000" }]);
    const hits = await client.query<{ subject: string }>(
      "select subject from rate_limit_hits order by bucket",
    );
    expect(hits.rows.map((row) => row.subject)).toEqual(["198.51.100.7", "+8613800138000"]);
    await client.close();
  });
});
