import "server-only";
import { createHmac } from "node:crypto";
import { serverNow } from "@/lib/clock/server-now";
import { AppError } from "@/lib/errors";
import { normaliseResidentId, residentIdProblem } from "./resident-id";

export interface CreditScore {
  /** On the credit service's scale, 350–950. */
  score: number;
  scoredAt: Date;
  /** Which service answered ("sandbox", or the provider's name), kept with the score for audit. */
  source: string;
}

/** The credit service that scores a resident at enrolment (sandbox here; a provider's HTTP API in production). */
export interface CreditService {
  score(input: { residentId: string; name: string }): Promise<CreditScore>;
}

export const SANDBOX_SCORE_MIN = 350;
export const SANDBOX_SCORE_MAX = 950;
const SCORE_VALUES = SANDBOX_SCORE_MAX - SANDBOX_SCORE_MIN + 1;

export interface SandboxResident {
  residentId: string;
  name: string;
  score: number;
  /** What the resident demonstrates under the default credit policy. */
  shows: string;
}

/**
 * Fictional residents with fixed sandbox scores, whatever the secret: one below the default threshold and one
 * in each default tier. Their numbers are valid GB 11643 numbers (checked in credit-score.test.ts).
 */
export const SANDBOX_RESIDENTS = [
  { residentId: "330102198805120036", name: "王小明", score: 530, shows: "below 550: not eligible" },
  { residentId: "330105197508231121", name: "李秀英", score: 550, shows: "exactly 550: tier 1, 500 元" },
  { residentId: "330106199003071236", name: "张伟", score: 612, shows: "tier 2, 1,000 元" },
  { residentId: "330108199201140047", name: "刘芳", score: 668, shows: "tier 3, 2,000 元" },
  { residentId: "330110198309302172", name: "陈磊", score: 721, shows: "tier 4, 3,000 元" },
  { residentId: "650102196802190421", name: "阿依古丽·买买提", score: 802, shows: "tier 5, 5,000 元" },
] as const satisfies readonly SandboxResident[];

const FIXED_SCORES = new Map<string, number>(SANDBOX_RESIDENTS.map((r) => [r.residentId, r.score]));

/**
 * The sandbox score of any other number: the first 48 bits of HMAC-SHA256(secret, id) modulo 601, plus 350.
 * That is uniform over 350–950 (the modulo bias is below 601 / 2^48): about a third of numbers fall below
 * 550, each 50-point tier from 550 to 749 holds about 8.3 %, and 750–950 about a third.
 */
export function sandboxScore(residentId: string, secret: string): number {
  const fixed = FIXED_SCORES.get(residentId);
  if (fixed !== undefined) return fixed;
  const digest = createHmac("sha256", secret).update(`sandbox-credit-score/v1/${residentId}`).digest();
  return SANDBOX_SCORE_MIN + (digest.readUIntBE(0, 6) % SCORE_VALUES);
}

/**
 * A credit service that needs no provider: the same number always gets the same score for a given secret.
 * It refuses numbers that are not valid GB 11643 numbers, as a real service would; it does not check names.
 */
export function createSandboxCreditService(secret: string, now: () => Date = serverNow): CreditService {
  if (!secret) throw new RangeError("the sandbox credit service needs a secret");
  return {
    async score({ residentId }) {
      const id = normaliseResidentId(residentId);
      const scoredAt = now();
      const problem = residentIdProblem(id, scoredAt);
      if (problem) throw new AppError("unprocessable", `errors.clinic.${problem}`);
      return { score: sandboxScore(id, secret), scoredAt, source: "sandbox" };
    },
  };
}
