import { describe, expect, it } from "vitest";
import { dayTypeProfiles, extendDay, shareAt } from "./occupancy-profile";

const commuter = [295, 434, 603, 700, 791, 840, 876, 897, 920, 925, 927, 927, 920, 902, 877, 842, 797, 725];
const quietWeekend = [
  100, 100, 120, 120, 140, 180, 210, 220, 260, 270, 290, 320, 350, 380, 400, 420, 430, 440,
];

describe("occupancy profiles", () => {
  it("keeps the measured 08:00–16:30 half-hours exactly", () => {
    const day = extendDay(commuter, false);
    expect(shareAt(day, 8 * 60)).toBeCloseTo(0.295, 10);
    expect(shareAt(day, 12 * 60)).toBeCloseTo(0.92, 10);
    expect(shareAt(day, 16 * 60 + 30)).toBeCloseTo(0.725, 10);
    expect(shareAt(day, 12 * 60 + 15)).toBeCloseTo((0.92 + 0.925) / 2, 10);
  });

  it("sinks to half the 08:00 share overnight; evening car parks hold their cars until 21:00", () => {
    const plain = extendDay(commuter, false);
    const evening = extendDay(commuter, true);
    expect(shareAt(plain, 3 * 60)).toBeCloseTo(0.1475, 10);
    expect(shareAt(plain, 20 * 60)).toBeCloseTo(0.1475, 10);
    expect(shareAt(evening, 20 * 60)).toBeGreaterThan(0.7);
    expect(shareAt(evening, 23 * 60 + 45)).toBeCloseTo(0.1475, 10);
  });

  it("lifts scenic car parks toward the sourced ~90% golden-week peak; offices stay at their weekend shape", () => {
    const scenic = dayTypeProfiles({ weekday: commuter, weekend: quietWeekend }, "scenic", false);
    expect(Math.max(...scenic.goldenWeek)).toBeCloseTo(0.92, 10);
    expect(Math.max(...scenic.holiday)).toBeCloseTo(0.85, 10);
    const office = dayTypeProfiles({ weekday: commuter, weekend: quietWeekend }, "office", false);
    expect(office.goldenWeek).toEqual(office.weekend);
  });
});
