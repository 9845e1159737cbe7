import { describe, expect, it } from "vitest";
import { fromShanghai } from "@/lib/time";
import { stayPeriods } from "./daytime-minutes";

describe("stayPeriods (Asia/Shanghai 08:00 / 20:00)", () => {
  it("splits a stay at every 08:00 and 20:00, naming nights by the date they start", () => {
    const periods = stayPeriods(fromShanghai("2026-03-11", "19:00"), fromShanghai("2026-03-12", "09:30"));
    expect(periods.map((p) => [p.kind, p.date, p.from.toISOString(), p.to.toISOString()])).toEqual([
      ["day", "2026-03-11", "2026-03-11T11:00:00.000Z", "2026-03-11T12:00:00.000Z"],
      ["night", "2026-03-11", "2026-03-11T12:00:00.000Z", "2026-03-12T00:00:00.000Z"],
      ["day", "2026-03-12", "2026-03-12T00:00:00.000Z", "2026-03-12T01:30:00.000Z"],
    ]);
    expect(periods[1]).toMatchObject({ periodFrom: fromShanghai("2026-03-11", "20:00") });
  });

  it("puts 00:00–08:00 in the night that began the evening before", () => {
    const [night] = stayPeriods(fromShanghai("2026-03-12", "02:00"), fromShanghai("2026-03-12", "03:00"));
    expect(night).toMatchObject({ kind: "night", date: "2026-03-11", ms: 3_600_000 });
  });

  it("an empty stay has no periods; the periods cover the stay exactly", () => {
    const at = fromShanghai("2026-03-12", "08:00");
    expect(stayPeriods(at, at)).toEqual([]);
    const periods = stayPeriods(at, new Date(at.getTime() + 3 * 86_400_000 + 123_456));
    expect(periods.reduce((sum, p) => sum + p.ms, 0)).toBe(3 * 86_400_000 + 123_456);
    expect(periods).toHaveLength(7);
  });
});
