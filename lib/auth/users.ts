import "server-only";
import { eq, sql } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { users } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import type { Locale } from "@/lib/i18n/config";

/**
 * The account for `phone`, created on first sign-in; records the language and the sign-in time.
 * One statement (insert … on conflict), so concurrent first sign-ins for one phone share one account.
 */
export async function upsertUserOnSignIn(
  db: Db,
  phone: string,
  options: { locale: Locale; now?: Date },
): Promise<{ id: string; phone: string; locale: Locale }> {
  const now = options.now ?? serverNow();
  const [user] = await db
    .insert(users)
    .values({ phone, locale: options.locale, createdAt: now, lastSignInAt: now })
    .onConflictDoUpdate({
      target: users.phone,
      set: { locale: sql`excluded.locale`, lastSignInAt: sql`excluded.last_sign_in_at` },
    })
    .returning({ id: users.id, phone: users.phone, locale: users.locale });
  return user!;
}

/** Remembers the language the person chose, so messages sent later (push, SMS) use it. */
export async function setUserLocale(db: Db, userId: string, locale: Locale): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}
