import "server-only";
import { eq } from "drizzle-orm";
import { appSettings } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

/**
 * Returns the stored value for `key`, creating it once with `create()` if absent. Concurrent callers on
 * several app servers all end up with the first value written (insert … on conflict do nothing).
 */
export async function getOrCreateSetting<T>(db: Db, key: string, create: () => T | Promise<T>): Promise<T> {
  const existing = await db.select().from(appSettings).where(eq(appSettings.key, key)).limit(1);
  if (existing[0]) return existing[0].value as T;
  const value = await create();
  await db.insert(appSettings).values({ key, value }).onConflictDoNothing();
  const stored = await db.select().from(appSettings).where(eq(appSettings.key, key)).limit(1);
  return stored[0]!.value as T;
}

/** The stored value for `key`, or undefined. */
export async function readSetting<T>(db: Db, key: string): Promise<T | undefined> {
  const rows = await db.select().from(appSettings).where(eq(appSettings.key, key)).limit(1);
  return rows[0]?.value as T | undefined;
}

/** Stores `value` under `key`, replacing what was there. */
export async function writeSetting(db: Db, key: string, value: unknown): Promise<void> {
  await db
    .insert(appSettings)
    .values({ key, value })
    .onConflictDoUpdate({ target: appSettings.key, set: { value } });
}
