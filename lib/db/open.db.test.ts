import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/lib/testing/test-db";
import type { OpenDb } from "./open";
import { users } from "./schema";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

describe("database", () => {
  it("runs on the driver the environment chose, with every migration applied", async () => {
    expect(opened.kind).toBe(process.env.DATABASE_URL ? "postgres" : "pglite");
    const rows = await opened.db.execute(
      sql`select count(*)::int as n from information_schema.tables where table_name in ('users','sessions','otp_challenges','rate_limit_hits','push_subscriptions','notifications','app_settings')`,
    );
    expect((rows as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(7);
  });

  it("enforces one account per phone number", async () => {
    await opened.db.insert(users).values({ phone: "13800138000" });
    await expect(opened.db.insert(users).values({ phone: "13800138000" })).rejects.toThrow();
  });
});
