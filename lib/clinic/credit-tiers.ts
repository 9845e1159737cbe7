import { z } from "zod";
import { groupDigits } from "@/lib/format/group-digits";
import { type Fen, fen } from "@/lib/money";

/** One step of the credit policy: from `minScore` up, the outpatient credit line is `lineFen`. */
export interface CreditTier {
  /** 1 = the lowest tier. */
  tier: number;
  minScore: number;
  lineFen: Fen;
}

export interface CreditPolicy {
  /** The lowest score that is eligible at all: the first tier's minimum. */
  threshold: number;
  /** Ascending by score and by line. */
  tiers: CreditTier[];
}

/** Eligible from 550; lines of 500 / 1,000 / 2,000 / 3,000 / 5,000 元 from 550 / 600 / 650 / 700 / 750. */
export const DEFAULT_CREDIT_POLICY = "550:50000,600:100000,650:200000,700:300000,750:500000";

// The credit service's scale; a tier outside it could never be reached and is a typo in the config.
const MIN_SCORE = 350;
const MAX_SCORE = 950;
const TIER_PATTERN = /^(\d{3}):(\d{1,12})$/;

/**
 * The credit policy from config ("score:lineFen,…", ascending; e.g. DEFAULT_CREDIT_POLICY, used when unset).
 * Messages are for the operator who wrote the config, so they are plain English.
 */
export const CreditPolicy = z
  .string()
  .default(DEFAULT_CREDIT_POLICY)
  .transform((config, ctx): CreditPolicy => {
    const tiers: CreditTier[] = [];
    const parts = config.replace(/\s+/g, "").split(",");
    for (const [index, part] of parts.entries()) {
      const match = TIER_PATTERN.exec(part);
      const problem = match
        ? tierProblem(Number(match[1]), Number(match[2]), tiers.at(-1))
        : `"${part}" is not score:lineFen (e.g. 600:100000 for 1,000 元 from 600)`;
      if (problem) {
        ctx.addIssue({ code: "custom", message: `credit policy, tier ${index + 1}: ${problem}` });
        return z.NEVER;
      }
      tiers.push({ tier: index + 1, minScore: Number(match![1]), lineFen: fen(Number(match![2])) });
    }
    return { threshold: tiers[0]!.minScore, tiers };
  });

function tierProblem(minScore: number, lineFen: number, previous: CreditTier | undefined): string | null {
  if (minScore < MIN_SCORE || minScore > MAX_SCORE) {
    return `score ${minScore} is outside the scale ${MIN_SCORE}–${MAX_SCORE}`;
  }
  if (lineFen <= 0) return "the line must be more than 0 fen";
  if (previous && minScore <= previous.minScore) {
    return `score ${minScore} must be higher than the tier before (${previous.minScore})`;
  }
  if (previous && lineFen <= previous.lineFen) {
    return `line ${lineFen} fen must be more than the tier before (${previous.lineFen} fen)`;
  }
  return null;
}

/** A sentence for the person: an i18n key and the values it names. */
export interface Reason {
  key: string;
  values: Record<string, string | number>;
}

export interface Eligibility {
  eligible: boolean;
  /** 1 = the lowest tier; null when not eligible. */
  tier: number | null;
  /** 0 when not eligible. */
  creditLineFen: Fen;
  reasons: Reason[];
}

/** "1,000" or "1,000.50": a line in 元 as the reasons print it (the same in both languages). */
function yuanText(amount: Fen): string {
  const cents = amount % 100;
  const whole = groupDigits(Math.floor(amount / 100));
  return cents === 0 ? whole : `${whole}.${String(cents).padStart(2, "0")}`;
}

/** The highest tier the score reaches, or null below the threshold. */
export function tierForScore(score: number, policy: CreditPolicy): CreditTier | null {
  if (!Number.isSafeInteger(score) || score < 0)
    throw new RangeError(`a credit score is an integer ≥ 0, got ${score}`);
  return policy.tiers.findLast((tier) => score >= tier.minScore) ?? null;
}

/** Whether a score may pay after the visit, its tier and line, and why in words a person can follow. */
export function decideEligibility(score: number, policy: CreditPolicy): Eligibility {
  const reached = tierForScore(score, policy);
  if (!reached) {
    const threshold = policy.threshold;
    return {
      eligible: false,
      tier: null,
      creditLineFen: fen(0),
      reasons: [
        { key: "clinic.eligibility.belowThreshold", values: { score, threshold } },
        { key: "clinic.eligibility.payAtCounter", values: { threshold } },
      ],
    };
  }
  const reasons: Reason[] = [
    {
      key: "clinic.eligibility.tierReached",
      values: { score, minScore: reached.minScore, line: yuanText(reached.lineFen) },
    },
  ];
  const next = policy.tiers[reached.tier];
  reasons.push(
    next
      ? {
          key: "clinic.eligibility.nextTier",
          values: { nextMinScore: next.minScore, nextLine: yuanText(next.lineFen) },
        }
      : { key: "clinic.eligibility.topTier", values: {} },
  );
  return { eligible: true, tier: reached.tier, creditLineFen: reached.lineFen, reasons };
}

/** The tier to reinstate at after a failed debit is paid: one lower, or null (stays suspended) from tier 1. */
export function tierBelow(tier: number): number | null {
  if (!Number.isSafeInteger(tier) || tier < 1) throw new RangeError(`a tier is an integer ≥ 1, got ${tier}`);
  return tier === 1 ? null : tier - 1;
}

/** The credit line of a tier under the policy (a tier above the policy's highest gets the highest line). */
export function creditLineOfTier(tier: number, policy: CreditPolicy): Fen {
  if (!Number.isSafeInteger(tier) || tier < 1) throw new RangeError(`a tier is an integer ≥ 1, got ${tier}`);
  return policy.tiers[Math.min(tier, policy.tiers.length) - 1]!.lineFen;
}
