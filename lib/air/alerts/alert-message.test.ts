import { describe, expect, it } from "vitest";
import { forecastAnswer } from "@/lib/testing/air-forecast-fixture";
import { alertMessage, whenOf, worstSpell } from "./alert-message";
import { alertWindow } from "./alert-window";
import { worstHour } from "./episode-rule";

// 16:00 in Hangzhou: forecast hour i is (16 + i):00.
const NOW = new Date("2026-12-08T08:00:00Z");

function message(observed: number, ahead: number[], level = 3) {
  const window = alertWindow(forecastAnswer(NOW, observed, ahead), NOW);
  const worst = worstHour(window, level)!;
  return { window, worst, text: alertMessage("我家", window, worst, NOW) };
}

describe("alertMessage", () => {
  it("names the place, tomorrow morning's spell, the category, the primary pollutant and advice", () => {
    // Hours 15–18 ahead are 07:00–10:00 tomorrow.
    const ahead = [...Array(14).fill(60), 110, 130, 125, 105, 60];
    const { text, window, worst } = message(50, ahead);
    expect(worstSpell(window, worst).map((h) => h.aqi)).toEqual([110, 130, 125, 105]);
    expect(text.title["zh-CN"]).toBe("空气提醒：我家");
    expect(text.body["zh-CN"]).toBe(
      "明早 7–11 时轻度污染（AQI 130），首要污染物 PM2.5。儿童、老人和心脏病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼。",
    );
    expect(text.body.en).toMatch(
      /^Tomorrow morning 7:00–11:00: Lightly polluted \(AQI 130\), mainly PM2\.5\. /,
    );
    expect(text.stop).toEqual({ "zh-CN": "停止此提醒", en: "Stop these alerts" });
  });

  it("says now when the observed hour is the worst", () => {
    const { text, window, worst } = message(160, [120]);
    expect(whenOf(worstSpell(window, worst), NOW)).toBe("now");
    expect(text.body["zh-CN"]).toMatch(/^现在中度污染（AQI 160）/);
  });

  it("says tonight for an evening spell today", () => {
    const { window, worst } = message(50, [60, 60, 140]);
    expect(whenOf(worstSpell(window, worst), NOW)).toBe("tonight");
  });
});
