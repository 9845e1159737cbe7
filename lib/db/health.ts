import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "./types";

/** Round-trips one query so a health check proves the database answers, not just that a pool exists. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
