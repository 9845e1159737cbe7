import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/types";
import { env } from "@/lib/env";
import { SANDBOX_CLOCK_SETTING } from "./sandbox-clock";

/**
 * The deployment's "now" as the database tells it: its own clock, plus — in the sandbox — the sandbox clock's offset
 * stored beside it. Every app server asking gets the same instant, whatever its machine clock says and however late
 * it is in following a move of the sandbox clock; for rules whose records several servers compare (rate limits).
 */
export async function databaseNow(db: Pick<Db, "execute">): Promise<Date> {
  const offset =
    env().APP_ENV === "sandbox"
      ? sql`coalesce((select (value #>> '{}')::float8 from app_settings
          where key = ${SANDBOX_CLOCK_SETTING} and jsonb_typeof(value) = 'number'), 0)`
      : sql`0`;
  const result = await db.execute(
    sql`select (extract(epoch from clock_timestamp()) * 1000 + ${offset})::float8 as ms`,
  );
  const ms = Number((result as unknown as { rows: { ms: number | string }[] }).rows[0]?.ms);
  return new Date(Math.round(ms));
}
