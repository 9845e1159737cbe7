import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CreditPolicy,
  creditLineOfTier,
  DEFAULT_CREDIT_POLICY,
  decideEligibility,
  tierBelow,
  tierForScore,
} from "./credit-tiers";

const policy = CreditPolicy.parse(undefined);

describe("CreditPolicy", () => {
  it("defaults to 500 / 1,000 / 2,000 / 3,000 / 5,000 元 from 550 / 600 / 650 / 700 / 750", () => {
    expect(policy).toEqual({
      threshold: 550,
      tiers: [
        { tier: 1, minScore: 550, lineFen: 50_000 },
        { tier: 2, minScore: 600, lineFen: 100_000 },
        { tier: 3, minScore: 650, lineFen: 200_000 },
        { tier: 4, minScore: 700, lineFen: 300_000 },
        { tier: 5, minScore: 750, lineFen: 500_000 },
      ],
    });
    expect(CreditPolicy.parse(DEFAULT_CREDIT_POLICY)).toEqual(policy);
  });

  it("reads other policies, spaces allowed", () => {
    expect(CreditPolicy.parse(" 600 : 80000 , 700:150050 ")).toEqual({
      threshold: 600,
      tiers: [
        { tier: 1, minScore: 600, lineFen: 80_000 },
        { tier: 2, minScore: 700, lineFen: 150_050 },
      ],
    });
    expect(CreditPolicy.parse("500:1")).toEqual({
      threshold: 500,
      tiers: [{ tier: 1, minScore: 500, lineFen: 1 }],
    });
  });

  const refused: [config: string, message: RegExp][] = [
    ["", /tier 1: "" is not score:lineFen/],
    ["550:50000,", /tier 2: "" is not score:lineFen/],
    ["550=50000", /is not score:lineFen/],
    ["550:500.00", /is not score:lineFen/],
    ["550:-1", /is not score:lineFen/],
    ["55:50000", /is not score:lineFen/],
    ["550:0", /more than 0 fen/],
    ["349:50000", /outside the scale 350–950/],
    ["951:50000", /outside the scale 350–950/],
    ["550:50000,550:100000", /tier 2: score 550 must be higher than the tier before \(550\)/],
    ["600:50000,550:100000", /score 550 must be higher/],
    ["550:50000,600:50000", /tier 2: line 50000 fen must be more than the tier before \(50000 fen\)/],
    ["550:50000,600:100000,650:90000", /tier 3: line 90000 fen/],
  ];
  it.each(refused)("refuses %j", (config, message) => {
    const result = CreditPolicy.safeParse(config);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(message);
  });
});

describe("decideEligibility under the default policy", () => {
  const cases: [score: number, tier: number | null, lineFen: number][] = [
    [350, null, 0],
    [530, null, 0],
    [549, null, 0],
    [550, 1, 50_000],
    [599, 1, 50_000],
    [600, 2, 100_000],
    [612, 2, 100_000],
    [650, 3, 200_000],
    [700, 4, 300_000],
    [749, 4, 300_000],
    [750, 5, 500_000],
    [950, 5, 500_000],
  ];
  it.each(cases)("score %i → tier %s, line %i fen", (score, tier, lineFen) => {
    const decision = decideEligibility(score, policy);
    expect(decision.eligible).toBe(tier !== null);
    expect(decision.tier).toBe(tier);
    expect(decision.creditLineFen).toBe(lineFen);
  });

  it("explains a tier and the next one", () => {
    expect(decideEligibility(612, policy).reasons).toEqual([
      { key: "clinic.eligibility.tierReached", values: { score: 612, minScore: 600, line: "1,000" } },
      { key: "clinic.eligibility.nextTier", values: { nextMinScore: 650, nextLine: "2,000" } },
    ]);
  });

  it("says when the line is the highest", () => {
    expect(decideEligibility(802, policy).reasons).toEqual([
      { key: "clinic.eligibility.tierReached", values: { score: 802, minScore: 750, line: "5,000" } },
      { key: "clinic.eligibility.topTier", values: {} },
    ]);
  });

  it("explains a refusal and what to do next", () => {
    expect(decideEligibility(530, policy).reasons).toEqual([
      { key: "clinic.eligibility.belowThreshold", values: { score: 530, threshold: 550 } },
      { key: "clinic.eligibility.payAtCounter", values: { threshold: 550 } },
    ]);
  });

  it("prints fen that are not whole 元", () => {
    const odd = CreditPolicy.parse("550:50050,600:123456705");
    expect(decideEligibility(560, odd).reasons[0]?.values.line).toBe("500.50");
    expect(decideEligibility(560, odd).reasons[1]?.values.nextLine).toBe("1,234,567.05");
  });

  it.each([Number.NaN, -1, 612.5, Number.POSITIVE_INFINITY])("refuses the score %s", (score) => {
    expect(() => decideEligibility(score, policy)).toThrow(RangeError);
  });
});

describe("tierBelow and creditLineOfTier", () => {
  it.each([
    [5, 4],
    [2, 1],
    [1, null],
  ])("tier %i is reinstated at %s", (tier, below) => {
    expect(tierBelow(tier)).toBe(below);
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses the tier %s", (tier) => {
    expect(() => tierBelow(tier)).toThrow(RangeError);
    expect(() => creditLineOfTier(tier, policy)).toThrow(RangeError);
  });

  it("gives each tier's line, and the highest to a tier the policy no longer has", () => {
    expect([1, 2, 3, 4, 5, 6].map((tier) => creditLineOfTier(tier, policy))).toEqual([
      50_000, 100_000, 200_000, 300_000, 500_000, 500_000,
    ]);
  });
});

/** Random valid policies: 1–8 tiers, scores and lines strictly increasing. */
const policies = fc
  .uniqueArray(fc.integer({ min: 350, max: 950 }), { minLength: 1, maxLength: 8 })
  .chain((scores) =>
    fc
      .uniqueArray(fc.integer({ min: 1, max: 10_000_000 }), {
        minLength: scores.length,
        maxLength: scores.length,
      })
      .map((lines) => {
        const sortedLines = [...lines].sort((a, b) => a - b);
        return [...scores]
          .sort((a, b) => a - b)
          .map((score, i) => `${score}:${sortedLines[i]}`)
          .join(",");
      }),
  )
  .map((config) => CreditPolicy.parse(config));

describe("properties", () => {
  it("a higher score never gets a lower line or tier", () => {
    fc.assert(
      fc.property(
        policies,
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (p, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const lower = decideEligibility(low, p);
          const higher = decideEligibility(high, p);
          expect(higher.creditLineFen).toBeGreaterThanOrEqual(lower.creditLineFen);
          expect(higher.tier ?? 0).toBeGreaterThanOrEqual(lower.tier ?? 0);
        },
      ),
    );
  });

  it("eligible exactly from the threshold, with a positive line that is the tier's", () => {
    fc.assert(
      fc.property(policies, fc.integer({ min: 0, max: 1000 }), (p, score) => {
        const decision = decideEligibility(score, p);
        expect(decision.eligible).toBe(score >= p.threshold);
        expect(decision.creditLineFen > 0).toBe(decision.eligible);
        expect(decision.tier === null ? 0 : creditLineOfTier(decision.tier, p)).toBe(decision.creditLineFen);
        expect(tierForScore(score, p)?.tier ?? null).toBe(decision.tier);
      }),
    );
  });

  it("reinstating one tier lower never raises the line, and ends suspended", () => {
    fc.assert(
      fc.property(policies, (p) => {
        let tier: number | null = p.tiers.length;
        let steps = 0;
        while (tier !== null) {
          const below = tierBelow(tier);
          if (below !== null) expect(creditLineOfTier(below, p)).toBeLessThan(creditLineOfTier(tier, p));
          tier = below;
          steps++;
        }
        expect(steps).toBe(p.tiers.length);
      }),
    );
  });
});
