import "server-only";
import { eq } from "drizzle-orm";
import { type ClinicAccountStatus, clinicAccounts } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { usedCreditFen } from "./used-credit";

export interface ClinicAccountView {
  status: "none" | ClinicAccountStatus;
  healthCardId: string | null;
  creditLineFen: number;
  usedFen: number;
  availableFen: number;
  tier: number | null;
  /** The identity number as shown: first 6 and last 4 characters. */
  residentIdMasked: string | null;
  score: number | null;
}

const NONE: ClinicAccountView = {
  status: "none",
  healthCardId: null,
  creditLineFen: 0,
  usedFen: 0,
  availableFen: 0,
  tier: null,
  residentIdMasked: null,
  score: null,
};

/** The resident's clinic account as `GET /api/clinic/account` answers it; `status: "none"` before enrolling. */
export async function getClinicAccount(db: Db, userId: string): Promise<ClinicAccountView> {
  const [account] = await db.select().from(clinicAccounts).where(eq(clinicAccounts.userId, userId));
  if (!account) return NONE;
  const usedFen = await usedCreditFen(db, account.id);
  // Nothing new is authorised while suspended, and a line is never shown as negative.
  const availableFen = account.status === "active" ? Math.max(0, account.creditLineFen - usedFen) : 0;
  return {
    status: account.status,
    healthCardId: account.status === "ineligible" ? null : account.healthCardId,
    creditLineFen: account.creditLineFen,
    usedFen,
    availableFen,
    tier: account.tier,
    residentIdMasked: account.residentIdMasked,
    score: account.score,
  };
}
