import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { requestLocale } from "./request-locale";

const withCookie = (cookie: string, language = "en") =>
  new NextRequest("http://localhost/api/health", { headers: { cookie, "accept-language": language } });

describe("requestLocale", () => {
  it.each([
    ["NEXT_LOCALE=en", "zh-CN", "en"],
    ["a=1; NEXT_LOCALE=zh-CN; b=2", "en", "zh-CN"],
    ["NEXT_LOCALE=fr", "en", "en"],
    // Undecodable or odd values are skipped, never thrown: Accept-Language decides.
    ["NEXT_LOCALE=%E0%A4%A", "en", "en"],
    ["NEXT_LOCALE=%", "en", "en"],
    ["NEXT_LOCALE=%ED%A0%80", "en", "en"],
    ["NEXT_LOCALE=%C0%AF", "zh-CN", "zh-CN"],
    ["NEXT_LOCALE=%E0%A4%A; NEXT_LOCALE=en", "zh-CN", "en"],
    ["NEXT_LOCALE", "en", "en"],
    [";;;=;NEXT_LOCALE==en", "en", "en"],
  ])("%s with Accept-Language %s → %s", (cookie, language, expected) => {
    expect(requestLocale(withCookie(cookie, language))).toBe(expected);
  });

  it("a valid ?lang= (a public read's language) comes first; anything else in it is ignored", () => {
    const request = (lang: string) =>
      new NextRequest(`http://localhost/api/places/search?q=x&lang=${lang}`, {
        headers: { cookie: "NEXT_LOCALE=zh-CN", "accept-language": "zh-CN" },
      });
    expect(requestLocale(request("en"))).toBe("en");
    expect(requestLocale(request("zh-CN"))).toBe("zh-CN");
    expect(requestLocale(request("fr"))).toBe("zh-CN");
    expect(requestLocale(request("%E0%A4%A"))).toBe("zh-CN");
    // The language the answer would have (lib/http/public-locale.ts): a repeated lang counts by its last value.
    expect(requestLocale(request("zh-CN&lang=en"))).toBe("en");
  });
});
