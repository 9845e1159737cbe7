import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { parkingStays } from "@/lib/db/schema";
import { gateEvent, HOUR, uniquePlate } from "@/lib/testing/parking-fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { fromShanghai } from "@/lib/time";
import { holidayScheduleUnpublished } from "./calendar-day-values";
import { ingestGateEvents } from "./gate-events";
import type { FeeLine } from "./tariff";
import { feeLineText } from "./tariff-text";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(async () => opened?.close());

/** Bills a 10:00–12:00 stay at the West Lake lot (the fixtures' default lot) on `date` with the real tariff; its stored fee lines. */
async function billedLines(date: string): Promise<FeeLine[]> {
  const plate = uniquePlate("浙C");
  const entry = fromShanghai(date, "10:00");
  await ingestGateEvents(
    opened.db,
    [gateEvent(plate, "entry", entry), gateEvent(plate, "exit", new Date(entry.getTime() + 2 * HOUR))],
    { now: fromShanghai(date, "18:00") },
  );
  const [stay] = await opened.db.select().from(parkingStays).where(eq(parkingStays.plate, plate));
  expect(stay?.status).toBe("unpaid");
  return stay!.breakdown as FeeLine[];
}

describe("a bill's fee lines carry the calendar day type that priced them (receipt words)", () => {
  it("a Sunday stay says 周末 / weekend, at the ordinary West Lake rate", async () => {
    const lines = await billedLines("2026-12-06");
    expect(lines.map((l) => [l.kind, l.values.dayType, l.values.dayClass])).toEqual([
      ["firstHour", "weekend", "ordinary"],
      ["halfHours", "weekend", "ordinary"],
    ]);
    expect(feeLineText(lines[0]!, "zh-CN")).toBe("白天 12月6日（周末，普通价格）：首小时按 1 小时计，¥10.00");
    expect(feeLineText(lines[0]!, "en")).toContain("(weekend, ordinary rate)");
    expect(holidayScheduleUnpublished(lines)).toBe(false);
  });

  it("a public-holiday stay says 节假日 and is priced at the holiday rate", async () => {
    const lines = await billedLines("2026-06-19");
    expect(lines.map((l) => [l.values.dayType, l.values.dayClass])).toEqual([
      ["holiday", "holidayOrPeakWeekend"],
      ["holiday", "holidayOrPeakWeekend"],
    ]);
    expect(lines.reduce((sum, l) => sum + l.amountFen, 0)).toBe(2000 + 2 * 1000);
    expect(feeLineText(lines[0]!, "zh-CN")).toContain("（节假日，节假日和旺季周末价格）");
  });

  it("a golden-week stay says 黄金周", async () => {
    const lines = await billedLines("2026-10-03");
    expect(lines.every((l) => l.values.dayType === "goldenWeek" && l.values.dayClass === "goldenWeek")).toBe(
      true,
    );
  });

  it("a stay past the imported notices is marked: priced as a weekday/weekend day", async () => {
    const lines = await billedLines("2027-01-03");
    expect(lines.map((l) => [l.values.dayType, l.values.holidaySchedule])).toEqual([
      ["weekend", "unpublished"],
      ["weekend", "unpublished"],
    ]);
    expect(holidayScheduleUnpublished(lines)).toBe(true);
  });
});
