import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { LangQuery, publicLocale } from "./public-locale";
import { parseQuery } from "./query";
import { route } from "./route";

const request = (query: string, headers: Record<string, string>) =>
  new Request(`http://x/api/tour/pois${query}`, { headers });

describe("publicLocale", () => {
  it("takes ?lang= and then varies on nothing, whatever the cookie or header say", () => {
    expect(
      publicLocale(request("?lang=en", { cookie: "NEXT_LOCALE=zh-CN", "accept-language": "zh" })),
    ).toEqual({
      locale: "en",
      vary: [],
    });
  });

  it("without ?lang= reads Accept-Language (never the cookie) and says so in Vary", () => {
    expect(
      publicLocale(request("", { cookie: "NEXT_LOCALE=en", "accept-language": "zh-CN,zh;q=0.9" })),
    ).toEqual({
      locale: "zh-CN",
      vary: ["Accept-Language"],
    });
  });

  it("a repeated lang counts by its last value, as the query is parsed", () => {
    expect(publicLocale(request("?lang=fr&lang=en", { "accept-language": "zh" }))).toEqual({
      locale: "en",
      vary: [],
    });
  });
});

describe("a public read through route(): its answer and its errors speak the language ?lang= names", () => {
  const read = route(async (request) => {
    parseQuery(request, LangQuery);
    return Response.json(publicLocale(request));
  });
  const get = async (query: string) => {
    const headers = { cookie: "NEXT_LOCALE=zh-CN", "accept-language": "zh-CN" };
    const response = await read(new NextRequest(`http://localhost/api/tour/pois${query}`, { headers }), {
      params: Promise.resolve({}),
    });
    return { status: response.status, body: await response.json() };
  };

  it("answers in English with ?lang=en, and refuses an unknown parameter in English", async () => {
    expect(await get("?lang=en")).toEqual({ status: 200, body: { locale: "en", vary: [] } });
    const refused = await get("?lang=en&x=1");
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe("Please check your input: Unrecognised fields: x");
  });

  it("without ?lang= answers by Accept-Language, varying by it, and errors follow the cookie", async () => {
    expect(await get("")).toEqual({ status: 200, body: { locale: "zh-CN", vary: ["Accept-Language"] } });
    expect((await get("?x=1")).body.error.message).toBe("输入有误：包含无法识别的字段：x");
  });
});
