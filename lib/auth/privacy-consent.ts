import "server-only";
import { privacyConsents } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

/** Records that the user accepted `version` of the privacy policy (the first acceptance of a version is kept). */
export async function recordPrivacyConsent(db: Db, userId: string, version: string, at: Date): Promise<void> {
  await db.insert(privacyConsents).values({ userId, version, acceptedAt: at }).onConflictDoNothing();
}
