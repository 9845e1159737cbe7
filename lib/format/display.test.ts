import { describe, expect, it } from "vitest";
import {
  formatAsOf,
  formatCalendarDay,
  formatDate,
  formatDateTime,
  formatDistance,
  formatDuration,
  formatTime,
} from "./display";

const now = new Date("2026-12-06T06:00:00Z");

describe("one display style per language", () => {
  it("writes times on a 24-hour clock in Shanghai, midnight as 00:00", () => {
    expect(formatTime(new Date("2026-12-05T16:00:00Z"), "en")).toBe("00:00");
    expect(formatTime(new Date("2026-12-06T05:05:00Z"), "zh-CN")).toBe("13:05");
    expect(formatTime(new Date("2026-12-06T05:05:00Z"), "en")).toBe("13:05");
  });

  it("writes dates with the month in words, the year only when it is not this year", () => {
    const at = new Date("2026-12-12T02:00:00Z");
    expect(formatDate(at, "zh-CN", now)).toBe("12月12日");
    expect(formatDate(at, "en", now)).toBe("12 Dec");
    expect(formatDateTime(at, "en", now)).toBe("12 Dec 10:00");
    expect(formatDateTime(at, "zh-CN", now)).toBe("12月12日 10:00");
    expect(formatDate(new Date("2025-03-01T02:00:00Z"), "en", now)).toBe("1 Mar 2025");
    expect(formatDate(new Date("2025-03-01T02:00:00Z"), "zh-CN", now)).toBe("2025年3月1日");
  });

  it("writes a data time as HH:mm when it is from today in Shanghai, with the date when older", () => {
    expect(formatAsOf(new Date("2026-12-06T01:30:00Z"), "en", now)).toBe("09:30");
    expect(formatAsOf(new Date("2026-12-05T15:59:00Z"), "en", now)).toBe("5 Dec 23:59");
  });

  it("writes a day inside a stay's fee line without its year, and leaves other text alone", () => {
    expect(formatCalendarDay("2026-12-12", "zh-CN")).toBe("12月12日");
    expect(formatCalendarDay("2025-03-01", "en")).toBe("1 Mar");
    expect(formatCalendarDay("tomorrow", "en")).toBe("tomorrow");
  });

  it.each([
    [155, "en", "2 h 35 min"],
    [155, "zh-CN", "2小时35分钟"],
    [120, "en", "2 h"],
    [45, "zh-CN", "45分钟"],
    [0, "en", "0 min"],
  ] as const)("%i minutes in %s → %s", (minutes, locale, text) => {
    expect(formatDuration(minutes, locale)).toBe(text);
  });

  it.each([
    [843, "en", "840 m"],
    [996, "en", "1 km"],
    [1000, "zh-CN", "1公里"],
    [1234, "en", "1.2 km"],
    [12_345, "zh-CN", "12.3公里"],
  ] as const)("%i m in %s → %s (never 1,000 m)", (metres, locale, text) => {
    expect(formatDistance(metres, locale)).toBe(text);
  });
});

describe("dates written without Intl", () => {
  it("write every month as Intl does in zh-CN and en-GB, in Shanghai time", () => {
    for (let month = 0; month < 12; month++) {
      // 23:30 UTC is the next day in Shanghai.
      const at = new Date(Date.UTC(2025, month, 27, 23, 30));
      for (const [locale, intlLocale] of [
        ["zh-CN", "zh-CN"],
        ["en", "en-GB"],
      ] as const) {
        const intl = (options: Intl.DateTimeFormatOptions) =>
          new Intl.DateTimeFormat(intlLocale, { timeZone: "Asia/Shanghai", ...options }).format(at);
        expect(formatDate(at, locale, now)).toBe(intl({ month: "short", day: "numeric", year: "numeric" }));
        expect(formatDate(at, locale, new Date(at))).toBe(intl({ month: "short", day: "numeric" }));
        expect(formatTime(at, locale)).toBe(intl({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" }));
      }
    }
  });
});
