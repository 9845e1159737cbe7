import { describe, expect, it } from "vitest";
import { offStreetTariffOf } from "./lot-tariffs";
import { quoteStay } from "./tariff";
import type { OffStreetTariff } from "./tariff-schema";
import { stayBetween, stayOf } from "./test-stays";

const retail = offStreetTariffOf("hubin-in77"); // typical: 15 min free, 10 元 first hour, 5 元 / 30 min, cap 80 元
const hospital = offStreetTariffOf("fahzu-qingchun"); // typical: 5 元 first hour, 2 元 / h, cap 30 元
const withNights: OffStreetTariff = {
  ...retail,
  unitMinutes: 60,
  nightFen: 1000,
  dailyCapFen: 10_000,
  basis: "test",
};
const DAY = "2026-03-11";

describe("car parks", () => {
  it.each([
    ["retail: 15 min free", retail, stayOf(DAY, "10:00", 15), 0],
    ["retail: 16 min = first hour", retail, stayOf(DAY, "10:00", 16), 1000],
    ["retail: 60 min = first hour", retail, stayOf(DAY, "10:00", 60), 1000],
    ["retail: 61 min = first hour + one half-hour", retail, stayOf(DAY, "10:00", 61), 1500],
    ["retail: 3 h", retail, stayOf(DAY, "10:00", 180), 3000],
    ["retail: 24 h is capped at 80 元", retail, stayOf(DAY, "10:00", 24 * 60), 8000],
    ["retail: 30 h = cap + 12 half-hours of the second day", retail, stayOf(DAY, "10:00", 30 * 60), 14_000],
    ["retail: large ×2", retail, stayOf(DAY, "10:00", 180, "large"), 6000],
    ["retail: motorcycle ×½", retail, stayOf(DAY, "10:00", 180, "motorcycle"), 1500],
    ["hospital: 3 h", hospital, stayOf(DAY, "10:00", 180), 900],
    // 60 + 60 daytime minutes = first hour + 1 unit, plus one night.
    ["night fee instead of time at night", withNights, stayBetween(`${DAY} 19:00`, "2026-03-12 09:00"), 2500],
  ])("%s", (_why, tariff, stay, fen) => {
    expect(quoteStay(tariff, stay).feeFen).toBe(fen);
  });

  it("shows the daily cap as a line taking off the excess", () => {
    const quote = quoteStay(retail, stayOf(DAY, "10:00", 24 * 60));
    expect(quote.breakdown.map((l) => [l.kind, l.amountFen])).toEqual([
      ["firstHour", 1000],
      ["units", 46 * 500],
      ["dailyCap", 8000 - 24_000],
    ]);
  });
});
