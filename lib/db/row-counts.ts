import "server-only";
import { count, getTableName, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import type { Db } from "./types";

/** Every table the Drizzle schema declares, by its SQL name: a new table is counted without editing a list. */
export function schemaTables(): Map<string, PgTable> {
  const tables = new Map<string, PgTable>();
  for (const value of Object.values(schema)) {
    if (is(value, PgTable)) tables.set(getTableName(value), value);
  }
  return tables;
}

/** The number of rows in every table of the schema, keyed and sorted by table name. */
export async function countRowsByTable(db: Db): Promise<Record<string, number>> {
  const entries = [...schemaTables()].sort(([a], [b]) => a.localeCompare(b));
  const counts: Record<string, number> = {};
  // One query at a time: a PGlite connection runs them one after another anyway.
  for (const [name, table] of entries) {
    const [row] = await db.select({ n: count() }).from(table);
    counts[name] = row?.n ?? 0;
  }
  return counts;
}
