import "server-only";
import { and, eq, sql } from "drizzle-orm";
import {
  clinicAccounts,
  otpChallenges,
  parkingDisputes,
  parkingInvoices,
  paymentAgreements,
  rateLimitHits,
  sandboxDeclines,
  users,
} from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import type { Locale } from "@/lib/i18n/config";
import { findOpenMoney } from "./open-money";
import { openMoneyError } from "./open-money-error";

/**
 * Deletes the person's account and personal data, or refuses (409, naming what is open) while money is
 * open. One transaction that first locks the account row: a payment, reservation or plate binding written
 * for this person at the same moment either commits first (and is seen, and refuses the deletion) or
 * waits and then fails its foreign key — never a half-deleted account. Sessions, plates, push
 * subscriptions and the inbox go with the row; bills, payments, refunds, reservations and settled
 * disputes stay for the books with no one named on them. Deleting an account already gone does nothing.
 */
export async function deleteAccount(
  db: Db,
  userId: string,
  options: { now: Date; locale: Locale },
): Promise<void> {
  const { now } = options;
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ phone: users.phone })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!user) return;
    const open = await findOpenMoney(tx, userId, now);
    if (open.length > 0) throw openMoneyError(open, options.locale);

    await tx
      .update(paymentAgreements)
      .set({ status: "revoked", revokedAt: now })
      .where(and(eq(paymentAgreements.userId, userId), eq(paymentAgreements.status, "active")));
    // The operator's decision stays on the bill's record; the resident's own words do not.
    await tx
      .update(parkingDisputes)
      .set({ note: "", resolutionNotifiedAt: sql`coalesce(${parkingDisputes.resolutionNotifiedAt}, ${now})` })
      .where(eq(parkingDisputes.userId, userId));
    // An issued invoice is a tax record (number, buyer, amount stay); where it was e-mailed is not.
    await tx.update(parkingInvoices).set({ email: "" }).where(eq(parkingInvoices.userId, userId));
    // Clinic bills stay on the books under the health card; who the patient was does not.
    await tx
      .update(clinicAccounts)
      .set({
        nameSealed: "",
        residentIdSealed: "",
        residentIdIndex: sql`'deleted:' || ${clinicAccounts.id}`,
        residentIdMasked: "",
        updatedAt: now,
      })
      .where(eq(clinicAccounts.userId, userId));
    // Rows that name the phone number rather than the account.
    await tx.delete(otpChallenges).where(eq(otpChallenges.phone, user.phone));
    await tx.delete(rateLimitHits).where(eq(rateLimitHits.subject, user.phone));
    await tx.delete(sandboxDeclines).where(eq(sandboxDeclines.phone, user.phone));
    // Cascades to sessions, plate bindings, push subscriptions and notifications; sets the books' user_id null.
    await tx.delete(users).where(eq(users.id, userId));
  });
}
