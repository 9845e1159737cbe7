import { describe, expect, it } from "vitest";
import { syntheticHistory } from "@/lib/testing/air-history-fixtures";
import { measureSkill } from "./skill";
import { HOUR_MS } from "./station-history";

describe("measureSkill", () => {
  it("scores every hour of the window at the lead asked, against persistence", () => {
    const history = syntheticHistory("skill", 56);
    const endMs = history.startMs + history.hours * HOUR_MS;
    const skill = measureSkill(history, { endMs, days: 10, horizonHours: 24 });
    expect(skill).toMatchObject({ horizonHours: 24, days: 10 });
    expect(skill.pairs).toBeGreaterThan(200);
    expect(skill.pairs).toBeLessThanOrEqual(240);
    for (const share of [skill.hit, skill.persistenceHit]) {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
    }
  });

  it("scores nothing when the window has no readings", () => {
    const history = syntheticHistory("skill-empty", 30);
    const endMs = history.startMs + 5 * HOUR_MS;
    expect(measureSkill(history, { endMs, days: 30 }).pairs).toBe(0);
  });
});
