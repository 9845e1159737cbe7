import "server-only";
import { randomInt } from "node:crypto";
import { type Challenge, createChallenge, type Solution, verifySolution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { lt } from "drizzle-orm";
import { proofOfWorkUses } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { ProofInput } from "./proof-input";
import { authSecret } from "./server-secret";

// A self-hosted ALTCHA proof of work (PBKDF2/SHA-256), asked only of a network that has already used its hourly
// share of sign-in codes: a fraction of a second of work per code (npm run bench:pow), nothing for a person to read or click,
// and no third-party service that may not answer in mainland China.
const ALGORITHM = "PBKDF2/SHA-256";
const COST = 1_000;
const COUNTER_RANGE = [500, 1_500] as const;
export const PROOF_TTL_MS = 10 * 60 * 1000;

/** A challenge for this network's next sign-in code, signed with the server's secret and valid for 10 minutes. */
export async function signInChallenge(db: Db): Promise<Challenge> {
  return createChallenge({
    algorithm: ALGORITHM,
    cost: COST,
    counter: randomInt(...COUNTER_RANGE),
    deriveKey,
    // The real clock, as altcha-lib checks expiry with it (the sandbox clock may be days ahead).
    expiresAt: new Date(Date.now() + PROOF_TTL_MS),
    hmacSignatureSecret: await authSecret(db),
  });
}

/**
 * Accepts a solved challenge once: signed by this server, not expired, solved, and never used before (the nonce is
 * recorded in the same statement that checks it, so two requests cannot spend one proof).
 */
export async function spendProof(db: Db, proof: ProofInput): Promise<void> {
  const challenge = proof.challenge as unknown as Challenge;
  const result = await verifySolution({
    challenge,
    solution: proof.solution as Solution,
    deriveKey,
    hmacSignatureSecret: await authSecret(db),
  }).catch(() => null);
  if (!result?.verified) throw new AppError("validation_failed", "auth.errors.proofInvalid");
  const now = new Date();
  const [fresh] = await db
    .insert(proofOfWorkUses)
    .values({ nonce: String(challenge.parameters.nonce), usedAt: now })
    .onConflictDoNothing()
    .returning({ nonce: proofOfWorkUses.nonce });
  if (!fresh) throw new AppError("validation_failed", "auth.errors.proofInvalid");
  // A used nonce only matters until its challenge expires.
  await db
    .delete(proofOfWorkUses)
    .where(lt(proofOfWorkUses.usedAt, new Date(now.getTime() - 2 * PROOF_TTL_MS)));
}
