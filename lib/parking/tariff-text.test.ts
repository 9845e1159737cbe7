import { describe, expect, it } from "vitest";
import { fromShanghai } from "@/lib/time";
import { tariffExample } from "./lot-detail";
import { offStreetTariffOf } from "./lot-tariffs";
import { streetTariff } from "./street-tariff";
import { quoteStay } from "./tariff";
import { feeLineText, tariffSummary } from "./tariff-text";
import { stayBetween, stayOf } from "./test-stays";
import { westLakeTariff } from "./westlake-tariff";

const core = streetTariff("core");

describe("bill lines in plain words", () => {
  it("writes every line of a long stay in both languages, money in yuan", () => {
    const quote = quoteStay(core, stayBetween("2026-03-11 09:00", "2026-03-12 10:00"));
    const en = quote.breakdown.map((line) => feeLineText(line, "en"));
    expect(en).toEqual([
      "Daytime 11 Mar (weekday): 2 half-hours at the first-hour price, CNY ¥5.00 each",
      "Daytime 11 Mar (weekday), 660 min, 600 min after the first hour: 20 half-hours at CNY ¥6.00 each",
      "Night from 20:00 on 11 Mar: CNY ¥5.00 per stay",
      "Daytime 12 Mar (weekday), 120 min: 4 half-hours at CNY ¥6.00 each",
    ]);
    const zh = quote.breakdown.map((line) => feeLineText(line, "zh-CN"));
    expect(zh[2]).toBe("夜间（3月11日 20:00 起）：每次 ¥5.00");
    // A line whose minutes include the first hour (billed on the line before) says what it bills itself.
    expect(zh[1]).toBe("白天 3月11日（平日），660 分钟（其中首小时之后 600 分钟）：20 个半小时，每个 ¥6.00");
  });

  it("still renders a line stored before lines carried their day type (older bills)", () => {
    const stored = {
      kind: "firstHour" as const,
      from: "2026-03-11T02:00:00.000Z",
      to: "2026-03-11T03:00:00.000Z",
      amountFen: 1000,
      labelKey: "tariff.line.westlakeFirstHour",
      values: { date: "2026-03-11", minutes: 60, dayClass: "ordinary", unitFen: 1000, amountFen: 1000 },
    };
    expect(feeLineText(stored, "zh-CN")).toBe("白天 3月11日（普通价格）：首小时按 1 小时计，¥10.00");
  });

  it.each([
    ["free short stay", core, stayOf("2026-03-11", "10:00", 10)],
    ["Spring Festival", core, stayOf("2026-02-17", "10:00", 60)],
    ["West Lake", westLakeTariff(), stayBetween("2026-10-01 19:00", "2026-10-02 09:00")],
    ["West Lake past the imported notices", westLakeTariff(), stayOf("2027-03-20", "10:00", 120)],
    ["car park with a cap", offStreetTariffOf("hubin-in77"), stayOf("2026-03-11", "10:00", 30 * 60)],
  ])("%s: every line renders (no missing message or value) in both languages", (_why, tariff, stay) => {
    for (const line of quoteStay(tariff, stay).breakdown) {
      for (const locale of ["en", "zh-CN"] as const) {
        const text = feeLineText(line, locale);
        expect(text).not.toMatch(/tariff\.line|\{|\}/);
        expect(text.length).toBeGreaterThan(5);
      }
    }
  });
});

describe("tariff summaries", () => {
  it.each([
    ["core", core],
    ["West Lake", westLakeTariff()],
    ["typical car park", offStreetTariffOf("fahzu-qingchun")],
  ])("%s: plain lines with no placeholders left, in both languages", (_why, tariff) => {
    for (const locale of ["en", "zh-CN"] as const) {
      const lines = tariffSummary(tariff, locale, 2026);
      expect(lines.length).toBeGreaterThan(2);
      for (const line of lines) expect(line).not.toMatch(/tariff\.summary|\{|\}/);
    }
  });

  it("says what it knows and what it does not", () => {
    expect(tariffSummary(core, "en", 2026)).toContain(
      "20:00–08:00: CNY ¥5.00 per night (best available reading)",
    );
    expect(tariffSummary(core, "en", 2026)).toContain(
      "Spring Festival 2026: free 2026-02-16 – 2026-02-22 (expected, not yet announced)",
    );
    expect(tariffSummary(offStreetTariffOf("fahzu-qingchun"), "en", 2026)[0]).toMatch(
      /^Typical tariff for a hospital car park/,
    );
    expect(tariffSummary(offStreetTariffOf("fahzu-qingchun"), "zh-CN", 2026)[0]).toMatch(
      /^医院停车场的典型收费/,
    );
  });

  it("the example is a 2-hour daytime stay today", () => {
    const example = tariffExample(core, "en", fromShanghai("2026-03-11", "18:30"));
    expect(example).toMatchObject({ hours: 2, feeFen: 2200, entry: "2026-03-11T02:00:00.000Z" });
    expect(example.text).toBe("2 h here today (10:00–12:00) costs CNY ¥22.00");
    expect(tariffExample(offStreetTariffOf("hubin-in77"), "zh-CN", fromShanghai("2026-03-11")).text).toBe(
      "按典型收费，今天 10:00–12:00 在此停 2 小时：¥20.00",
    );
  });
});
