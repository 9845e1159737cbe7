import { describe, expect, it } from "vitest";
import { asOfFormat } from "./as-of-format";

const format = (at: string, now: string, locale = "zh-CN") =>
  new Intl.DateTimeFormat(locale, asOfFormat(new Date(at), new Date(now))).format(new Date(at));

describe("asOfFormat", () => {
  it.each([
    [
      "same Shanghai day: time only, 24-hour",
      "2026-05-01T00:05:00Z",
      "2026-05-01T12:00:00Z",
      "zh-CN",
      "08:05",
    ],
    ["same day in English", "2026-05-01T13:30:00Z", "2026-05-01T15:00:00Z", "en", "21:30"],
    // 23:50 UTC on 30 April is already 1 May in Shanghai.
    [
      "a UTC day boundary that is the same Shanghai day",
      "2026-04-30T23:50:00Z",
      "2026-05-01T03:00:00Z",
      "en",
      "07:50",
    ],
  ])("%s", (_name, at, now, locale, expected) => {
    expect(format(at, now, locale)).toBe(expected);
  });

  it("adds the date for data from an earlier day", () => {
    const printed = format("2026-04-29T02:00:00Z", "2026-05-01T02:00:00Z");
    expect(printed).toContain("4");
    expect(printed).toContain("29");
    expect(printed).toContain("10:00");
  });
});
