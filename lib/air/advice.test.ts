import { describe, expect, it } from "vitest";
import { ADVICE_TOPICS, airAdvice } from "./advice";
import { AQI_STANDARD, EDITIONS } from "./aqi-standard";

describe("airAdvice", () => {
  it("has every topic in both languages for every level of both editions, starting the sensitive line with the standard's words", () => {
    for (const edition of EDITIONS) {
      for (const category of AQI_STANDARD.editions[edition].categories) {
        const advice = airAdvice(category.level, edition);
        expect(advice.standard).toEqual({ zh: category.advice_zh, en: category.advice_en });
        for (const topic of ADVICE_TOPICS) {
          expect(advice.topics[topic].zh.length).toBeGreaterThan(4);
          expect(advice.topics[topic].en.length).toBeGreaterThan(10);
        }
        expect(advice.topics.sensitive.zh.startsWith(category.advice_zh)).toBe(true);
        expect(advice.topics.sensitive.en.startsWith(category.advice_en)).toBe(true);
        expect(advice.brief.zh && advice.brief.en).toBeTruthy();
      }
    }
  });

  it("never says what the standard forbids: outdoor PE stops once children must stay indoors", () => {
    expect(airAdvice(1).topics.study.en).toMatch(/as usual/);
    expect(airAdvice(3).topics.study.en).toMatch(/without .*prolonged, high-intensity/);
    for (const level of [4, 5, 6]) expect(airAdvice(level).topics.study.en).toMatch(/indoors/);
    expect(airAdvice(5).topics.exercise.en).toMatch(/stop outdoor exercise/);
    expect(airAdvice(6).topics.exercise.en).toMatch(/avoid outdoor activity/);
    expect(airAdvice(1).topics.living.en).toMatch(/Open the windows/);
    for (const level of [4, 5, 6]) expect(airAdvice(level).topics.living.en).toMatch(/shut/);
  });

  it("refuses a level the standard does not have", () => {
    expect(() => airAdvice(0)).toThrow(RangeError);
    expect(() => airAdvice(7)).toThrow(RangeError);
  });
});
