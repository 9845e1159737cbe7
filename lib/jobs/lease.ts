import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/types";

/**
 * Takes or renews the lease on a job; true when `holder` may run it for `ttlMs` more. One statement, so two app
 * servers racing for an expired lease cannot both win; expiry is by the database's clock, never an app server's,
 * so a server whose clock runs fast (or a sandbox clock moved forward) cannot take a lease that is still held.
 */
export async function acquireLease(db: Db, job: string, holder: string, ttlMs: number): Promise<boolean> {
  const result = await db.execute(sql`
    insert into job_leases (name, holder, expires_at)
    values (${job}, ${holder}, now() + ${Math.max(1, Math.round(ttlMs))} * interval '1 millisecond')
    on conflict (name) do update
      set holder = excluded.holder, expires_at = excluded.expires_at
      where job_leases.holder = excluded.holder or job_leases.expires_at < now()
    returning holder`);
  return rowsOf(result).length === 1;
}

/** Gives the lease up early (on shutdown), so another server can take over at once. */
export async function releaseLease(db: Db, job: string, holder: string): Promise<void> {
  await db.execute(sql`delete from job_leases where name = ${job} and holder = ${holder}`);
}

function rowsOf(result: unknown): unknown[] {
  // node-postgres and PGlite both answer with { rows }.
  return (result as { rows?: unknown[] }).rows ?? [];
}
