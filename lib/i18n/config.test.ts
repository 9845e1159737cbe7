import { describe, expect, it } from "vitest";
import { negotiateLocale, prefersTraditionalChinese, resolveLocale } from "./config";

describe("negotiateLocale", () => {
  it.each([
    [null, "zh-CN"],
    ["", "zh-CN"],
    ["en-US,en;q=0.9", "en"],
    ["zh-TW,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["fr-FR,fr;q=0.9,en;q=0.5,zh;q=0.4", "en"],
    ["fr-FR,de;q=0.9", "en"],
    ["ja-JP", "en"],
    ["ko-KR,ko;q=0.9", "en"],
    ["de-DE,de;q=0.9,zh;q=0.1", "zh-CN"],
    ["*", "zh-CN"],
    ["zh-HK", "zh-CN"],
    ["en;q=0.2,zh-CN;q=0.8", "zh-CN"],
    ["en;q=0,zh;q=0.1", "zh-CN"],
    ["EN-gb", "en"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it("prefers the remembered cookie over the header", () => {
    expect(resolveLocale("en", "zh-CN")).toBe("en");
    expect(resolveLocale("klingon", "en-US")).toBe("en");
    expect(resolveLocale(undefined, null)).toBe("zh-CN");
  });
});

describe("prefersTraditionalChinese", () => {
  it.each([
    ["zh-TW", true],
    ["zh-HK,zh;q=0.9,en;q=0.8", true],
    ["zh-Hant-TW", true],
    ["zh-MO", true],
    ["zh-CN,zh-TW;q=0.9", false],
    ["en-US,zh-TW;q=0.5", false],
    ["zh", false],
    ["fr-FR", false],
    [null, false],
  ])("%s → %s", (header, expected) => {
    expect(prefersTraditionalChinese(header)).toBe(expected);
  });
});
