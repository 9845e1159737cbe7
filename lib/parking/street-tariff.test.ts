import { describe, expect, it } from "vitest";
import { streetTariff, streetUnits } from "./street-tariff";
import { quoteStay } from "./tariff";
import { stayBetween, stayOf } from "./test-stays";

const core = streetTariff("core");
const level1 = streetTariff("level1");
const level2 = streetTariff("level2");
const WEDNESDAY = "2026-03-11";

describe("road berths: official check values (3 h daytime, small car)", () => {
  it.each([
    { tariff: core, zone: "core", fen: 3400 },
    { tariff: level1, zone: "level1", fen: 2200 },
    { tariff: level2, zone: "level2", fen: 1600 },
  ])("$zone zone → $fen fen", ({ tariff, fen }) => {
    expect(quoteStay(tariff, stayOf(WEDNESDAY, "09:00", 180)).feeFen).toBe(fen);
  });
});

describe("road berths: units = ⌊min/30⌋ + (min mod 30 > 15 ? 1 : 0)", () => {
  it.each([
    [0, 0],
    [15, 0],
    [16, 1],
    [30, 1],
    [45, 1],
    [46, 2],
    [75, 2],
    [76, 3],
    [180, 6],
  ])("%i min → %i units", (minutes, units) => {
    expect(streetUnits(minutes, core)).toBe(units);
  });
});

describe("road berths: edge cases (core zone unless said)", () => {
  it.each([
    ["exactly 15 min is free", stayOf(WEDNESDAY, "10:00", 15), 0],
    ["15 min 59 s is still free (part minutes are not charged)", stayOf(WEDNESDAY, "10:00", 15 + 59 / 60), 0],
    ["16 min is one unit", stayOf(WEDNESDAY, "10:00", 16), 500],
    ["45 min is one unit", stayOf(WEDNESDAY, "10:00", 45), 500],
    ["46 min is two units", stayOf(WEDNESDAY, "10:00", 46), 1000],
    ["76 min: two first units and one later", stayOf(WEDNESDAY, "10:00", 76), 1600],
    [
      "crossing 20:00: 1 h day + the night fee",
      stayBetween(`${WEDNESDAY} 19:00`, `${WEDNESDAY} 21:00`),
      1500,
    ],
    [
      "crossing 08:00: the night fee + 1 h day",
      stayBetween(`${WEDNESDAY} 07:00`, `${WEDNESDAY} 09:00`),
      1500,
    ],
    ["16 min from 19:50: no daytime unit, one night", stayOf(WEDNESDAY, "19:50", 16), 500],
    ["night only, 21:00 → 07:00", stayBetween(`${WEDNESDAY} 21:00`, "2026-03-12 07:00"), 500],
    // 120 min (4 units: 5+5+6+6) + night 5 + 120 min more at the later price (4 × 6)
    ["overnight 18:00 → 10:00", stayBetween(`${WEDNESDAY} 18:00`, "2026-03-12 10:00"), 5100],
    ["large vehicle ×2, 3 h", stayOf(WEDNESDAY, "09:00", 180, "large"), 6800],
    ["motorcycle ×½, 3 h", stayOf(WEDNESDAY, "09:00", 180, "motorcycle"), 1700],
    [
      "large vehicle: the night fee doubles too",
      stayBetween(`${WEDNESDAY} 19:00`, `${WEDNESDAY} 21:00`, "large"),
      3000,
    ],
  ])("%s", (_why, stay, fen) => {
    expect(quoteStay(core, stay).feeFen).toBe(fen);
  });

  it("three days, level-1: daytime minutes run on as one count; each night is charged", () => {
    // 660 + 720 + 720 + 60 = 2,160 daytime minutes = 72 units: 2 × 3 元 + 70 × 4 元; 3 nights × 4 元.
    const quote = quoteStay(level1, stayBetween("2026-03-10 09:00", "2026-03-13 09:00"));
    expect(quote.feeFen).toBe(600 + 70 * 400 + 3 * 400);
    expect(quote.breakdown.filter((l) => l.kind === "night").map((l) => l.values.date)).toEqual([
      "2026-03-10",
      "2026-03-11",
      "2026-03-12",
    ]);
    const unitsByDay = quote.breakdown
      .filter((l) => l.kind.startsWith("daytime"))
      .map((l) => [l.values.date, l.kind, l.units]);
    expect(unitsByDay).toEqual([
      ["2026-03-10", "daytimeFirstUnits", 2],
      ["2026-03-10", "daytimeUnits", 20],
      ["2026-03-11", "daytimeUnits", 24],
      ["2026-03-12", "daytimeUnits", 24],
      ["2026-03-13", "daytimeUnits", 2],
    ]);
  });

  it("rounds on the stay's running total, not day by day: 10 min before 20:00 and 10 after 08:00", () => {
    const quote = quoteStay(level2, stayBetween(`${WEDNESDAY} 19:50`, "2026-03-12 08:10"));
    // 20 daytime minutes = 1 unit (2 元) + one night (4 元).
    expect(quote.feeFen).toBe(600);
  });
});

describe("road berths: Spring Festival free days", () => {
  it.each([
    ["2025: 初二 (2025-01-30), free", stayOf("2025-01-30", "10:00", 180), 0],
    ["2025: 初七 (2025-02-04) was announced free too", stayOf("2025-02-04", "10:00", 180), 0],
    ["2025: the day before 除夕 is charged", stayOf("2025-01-27", "10:00", 180), 3400],
    ["2025: charging resumes 2025-02-05", stayOf("2025-02-05", "10:00", 180), 3400],
    [
      "2025: the night after the last free day is free; from 08:00 it is charged",
      stayBetween("2025-02-04 21:00", "2025-02-05 09:00"),
      1000,
    ],
    [
      "2025: into the window: the day and night before are charged",
      stayBetween("2025-01-27 19:00", "2025-01-28 10:00"),
      1500,
    ],
    ["2023: 初三 (2023-01-24), free", stayOf("2023-01-24", "10:00", 180), 0],
    ["2026 (expected 除夕–初六): 初一 2026-02-17, free", stayOf("2026-02-17", "10:00", 180), 0],
    ["2026: 初七 2026-02-23 is a holiday but charged", stayOf("2026-02-23", "10:00", 180), 3400],
  ])("%s", (_why, stay, fen) => {
    expect(quoteStay(core, stay).feeFen).toBe(fen);
  });

  it("explains the free days in one line, saying whether the city has announced them", () => {
    const quote = quoteStay(core, stayBetween("2026-02-16 09:00", "2026-02-18 12:00"));
    expect(quote.breakdown).toEqual([
      expect.objectContaining({
        kind: "freeDays",
        amountFen: 0,
        values: expect.objectContaining({ announced: "no" }),
      }),
    ]);
    expect(quote.breakdown[0]).toMatchObject({
      from: "2026-02-16T01:00:00.000Z",
      to: "2026-02-18T04:00:00.000Z",
    });
  });
});

describe("road berths: the breakdown", () => {
  it("itemises first and later units with their prices", () => {
    const quote = quoteStay(core, stayOf(WEDNESDAY, "09:00", 180));
    expect(quote.breakdown).toEqual([
      expect.objectContaining({ kind: "daytimeFirstUnits", units: 2, unitFen: 500, amountFen: 1000 }),
      expect.objectContaining({
        kind: "daytimeUnits",
        units: 4,
        unitFen: 600,
        amountFen: 2400,
        minutes: 180,
      }),
    ]);
    expect(quote.breakdown[0]).toMatchObject({
      from: "2026-03-11T01:00:00.000Z",
      to: "2026-03-11T04:00:00.000Z",
      labelKey: "tariff.line.daytimeFirstUnitsOn",
      values: expect.objectContaining({ dayType: "weekday" }),
    });
  });

  it("a free short stay says so", () => {
    expect(quoteStay(core, stayOf(WEDNESDAY, "10:00", 10)).breakdown).toEqual([
      expect.objectContaining({ kind: "freeStay", amountFen: 0, values: { freeMinutes: 15, amountFen: 0 } }),
    ]);
  });

  it("refuses an exit before the entry", () => {
    const { entry, exit } = stayOf(WEDNESDAY, "10:00", 60);
    expect(() => quoteStay(core, { entry: exit, exit: entry, vehicleClass: "small" })).toThrow(RangeError);
  });
});
