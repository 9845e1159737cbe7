import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import {
  createSandboxCreditService,
  SANDBOX_RESIDENTS,
  SANDBOX_SCORE_MAX,
  SANDBOX_SCORE_MIN,
  sandboxScore,
} from "./credit-score";
import { CreditPolicy, decideEligibility } from "./credit-tiers";
import { RealName, residentIdCheckCharacter, residentIdNumberSchema, residentIdProblem } from "./resident-id";

const SECRET = "sandbox-credit-test-secret";
const NOW = new Date("2026-05-01T02:00:00Z");

/** Valid numbers that are not sandbox residents: Hangzhou Xihu, born 1990-01-01, sequences 000–999. */
function generatedIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const first17 = `33010619900101${String(i).padStart(3, "0")}`;
    return `${first17}${residentIdCheckCharacter(first17)}`;
  });
}

describe("SANDBOX_RESIDENTS", () => {
  it.each(SANDBOX_RESIDENTS)("$residentId ($name) is a valid number and a valid name", (resident) => {
    expect(residentIdProblem(resident.residentId, NOW)).toBeNull();
    expect(residentIdNumberSchema(() => NOW).parse(resident.residentId)).toBe(resident.residentId);
    expect(RealName.parse(resident.name)).toBe(resident.name);
  });

  it("cover not eligible and every default tier once", () => {
    const policy = CreditPolicy.parse(undefined);
    const tiers = SANDBOX_RESIDENTS.map((r) => decideEligibility(r.score, policy).tier);
    expect(tiers).toEqual([null, 1, 2, 3, 4, 5]);
  });

  it.each(SANDBOX_RESIDENTS)("$name scores $score whatever the secret", async (resident) => {
    for (const secret of [SECRET, "another-secret"]) {
      const service = createSandboxCreditService(secret, () => NOW);
      const result = await service.score({ residentId: resident.residentId, name: resident.name });
      expect(result).toEqual({ score: resident.score, scoredAt: NOW, source: "sandbox" });
    }
  });
});

describe("createSandboxCreditService", () => {
  const service = createSandboxCreditService(SECRET, () => NOW);

  it("scores the same number the same way every time, whatever the name", async () => {
    const [id] = generatedIds(1);
    const first = await service.score({ residentId: id!, name: "张三" });
    const second = await service.score({ residentId: id!, name: "李四" });
    expect(second.score).toBe(first.score);
    expect(first.score).toBe(sandboxScore(id!, SECRET));
  });

  it("normalises the number as the schema does", async () => {
    const lower = await service.score({ residentId: " 33010620000229031x ", name: "张三" });
    expect(lower.score).toBe(sandboxScore("33010620000229031X", SECRET));
  });

  it("gives other scores under another secret", () => {
    const ids = generatedIds(50);
    const differing = ids.filter((id) => sandboxScore(id, SECRET) !== sandboxScore(id, "another-secret"));
    expect(differing.length).toBeGreaterThan(45);
  });

  it.each([
    ["330106199003071235", "errors.clinic.residentIdChecksum"],
    ["33010619900307123", "errors.clinic.residentIdFormat"],
    ["330106202701010014", "errors.clinic.residentIdBirthInFuture"],
  ])("refuses %s with %s", async (residentId, key) => {
    const refusal = service.score({ residentId, name: "张三" });
    await expect(refusal).rejects.toBeInstanceOf(AppError);
    await expect(refusal).rejects.toMatchObject({ code: "unprocessable", messageKey: key });
  });

  it("needs a secret", () => {
    expect(() => createSandboxCreditService("")).toThrow(RangeError);
  });
});

describe("sandboxScore distribution", () => {
  const scores = generatedIds(1000).map((id) => sandboxScore(id, SECRET));

  it("stays within 350–950 and is an integer", () => {
    for (const score of scores) {
      expect(Number.isInteger(score)).toBe(true);
      expect(score).toBeGreaterThanOrEqual(SANDBOX_SCORE_MIN);
      expect(score).toBeLessThanOrEqual(SANDBOX_SCORE_MAX);
    }
  });

  it("is spread evenly: each sixth of the range holds 100–235 of 1,000 numbers", () => {
    // Expected 167 per sixth; these bounds are more than five standard deviations (≈ 11.8) away.
    const sixths = [0, 0, 0, 0, 0, 0];
    for (const score of scores) sixths[Math.min(5, Math.floor(((score - 350) / 601) * 6))]!++;
    for (const count of sixths) {
      expect(count).toBeGreaterThan(100);
      expect(count).toBeLessThan(235);
    }
  });
});
