import "server-only";
import { env } from "@/lib/env";
import { type OpenDb, openPglite, openPostgres } from "./open";
import type { Db, DbKind } from "./types";

export type { Db, DbKind };

const globalForDb = globalThis as unknown as { __cityBrainDb?: Promise<OpenDb> };

/** The process-wide database: server Postgres when DATABASE_URL is set, otherwise embedded PGlite. */
function openOnce(): Promise<OpenDb> {
  if (!globalForDb.__cityBrainDb) {
    const { DATABASE_URL, PGLITE_DIR } = env();
    const opening = DATABASE_URL ? openPostgres(DATABASE_URL) : openPglite(PGLITE_DIR);
    // A failed open must not be cached: the next request tries again (e.g. Postgres came up later).
    opening.catch(() => {
      globalForDb.__cityBrainDb = undefined;
    });
    globalForDb.__cityBrainDb = opening;
  }
  return globalForDb.__cityBrainDb;
}

export async function getDb(): Promise<Db> {
  return (await openOnce()).db;
}

export async function getDbKind(): Promise<DbKind> {
  return (await openOnce()).kind;
}
