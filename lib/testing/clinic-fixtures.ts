import type { ClinicConfig } from "@/lib/clinic/clinic-config";
import { CreditPolicy } from "@/lib/clinic/credit-tiers";
import { issueCardTokens } from "@/lib/clinic/health-card-token";
import { residentIdCheckCharacter } from "@/lib/clinic/resident-id";
import { blindIndexKeyFromSecret, keyFromSecret } from "@/lib/clinic/sealed-text";
import type { Db } from "@/lib/db/types";
import { signAgreement } from "@/lib/payments/payment-agreement";
import { createTestUser } from "@/lib/testing/test-users";

const SECRET = "clinic-test-secret-that-is-long-enough-for-hkdf";
let sequence = 0;

/** A valid GB 11643 number not used before in this process (born 1990-03-07 in Hangzhou). */
export function freshResidentId(): string {
  sequence += 1;
  const first17 = `33010619900307${String(sequence % 1000).padStart(3, "0")}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** The clinic's settings for tests: the default tiers, and a credit service that answers `score` for everyone. */
export function testClinicConfig(score = 612): ClinicConfig {
  return {
    sealing: keyFromSecret(SECRET),
    blindIndex: blindIndexKeyFromSecret(SECRET),
    cardSecret: SECRET,
    policy: CreditPolicy.parse(undefined),
    credit: { score: async () => ({ score, scoredAt: new Date(), source: "test" }) },
    pilots: new Set(["hz-first", "hz-tcm", "hz-third"]),
  };
}

/** A signed-in resident with the payment agreement, not yet enrolled. */
export async function residentWithAgreement(db: Db, now: Date): Promise<string> {
  const userId = await createTestUser(db);
  await signAgreement(db, userId, now);
  return userId;
}

/** The QR token the hospital scans from this card at `now`. */
export function scannedToken(healthCardId: string, config: ClinicConfig, now: Date): string {
  return issueCardTokens(healthCardId, config.cardSecret, now).token;
}
