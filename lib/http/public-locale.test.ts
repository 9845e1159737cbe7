import { describe, expect, it } from "vitest";
import { publicLocale } from "./public-locale";

const request = (headers: Record<string, string>) => new Request("http://x/api/tour/pois", { headers });

describe("publicLocale", () => {
  it("takes ?lang= and then varies on nothing, whatever the cookie or header say", () => {
    expect(publicLocale(request({ cookie: "NEXT_LOCALE=zh-CN", "accept-language": "zh" }), "en")).toEqual({
      locale: "en",
      vary: [],
    });
  });

  it("without ?lang= reads Accept-Language (never the cookie) and says so in Vary", () => {
    expect(
      publicLocale(request({ cookie: "NEXT_LOCALE=en", "accept-language": "zh-CN,zh;q=0.9" }), undefined),
    ).toEqual({
      locale: "zh-CN",
      vary: ["Accept-Language"],
    });
  });
});
