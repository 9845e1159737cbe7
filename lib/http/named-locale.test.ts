import { describe, expect, it } from "vitest";
import { namedLocale } from "./named-locale";

describe("namedLocale", () => {
  it.each([
    ["?lang=en", "en"],
    ["?lang=zh-CN", "zh-CN"],
    ["?q=x&lang=en&lang=zh-CN", "zh-CN"],
    ["?lang=fr", undefined],
    ["?lang=%E0%A4%A", undefined],
    ["?lang=", undefined],
    ["", undefined],
  ])("%s → %s", (query, expected) => {
    expect(namedLocale(new URL(`http://x/api/places/search${query}`))).toBe(expected);
  });
});
