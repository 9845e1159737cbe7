import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/lib/db/types";

export interface BatchOptions {
  /** Rows per statement: each statement is its own short transaction, so no table is locked for long. */
  batchSize?: number;
  /** Statements per run at most; what is left goes on the next run. */
  maxBatches?: number;
}

export const DEFAULT_BATCH_SIZE = 1_000;
const DEFAULT_MAX_BATCHES = 200;

/** Deletes the rows of `table` matching `where`, a bounded batch per statement; returns how many went. */
export async function deleteInBatches(
  db: Db,
  table: PgTable,
  where: SQL,
  options: BatchOptions = {},
): Promise<number> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const maxBatches = options.maxBatches ?? DEFAULT_MAX_BATCHES;
  let deleted = 0;
  for (let batch = 0; batch < maxBatches; batch += 1) {
    // By physical row id: one shape for every table, whatever its key, on Postgres and PGlite alike.
    const result = await db.execute(sql`
      with gone as (
        delete from ${table}
        where ctid = any(array(select ctid from ${table} where ${where} limit ${batchSize}))
        returning 1)
      select count(*)::int as n from gone`);
    const n = (result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0;
    deleted += n;
    if (n < batchSize) break;
  }
  return deleted;
}
