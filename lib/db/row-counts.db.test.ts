import { getTableName, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/lib/testing/test-db";
import type { OpenDb } from "./open";
import { countRowsByTable } from "./row-counts";
import { rateLimitHits, users } from "./schema";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

describe("countRowsByTable", () => {
  it("counts every table the migrations created, none missing and none invented", async () => {
    const counts = await countRowsByTable(opened.db);
    const result = await opened.db.execute(
      sql`select table_name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'
            and table_name <> '__drizzle_migrations'`,
    );
    const inDatabase = (result as unknown as { rows: { table_name: string }[] }).rows
      .map((row) => row.table_name)
      .sort();
    expect(Object.keys(counts)).toEqual(inDatabase);
    expect(counts[getTableName(users)]).toBe(0);
  });

  it("follows inserts", async () => {
    await opened.db.insert(users).values([{ phone: "13800138001" }, { phone: "13800138002" }]);
    await opened.db.insert(rateLimitHits).values({ bucket: "test", subject: "x" });
    const counts = await countRowsByTable(opened.db);
    expect(counts.users).toBe(2);
    expect(counts.rate_limit_hits).toBe(1);
    expect(counts.sessions).toBe(0);
  });
});
