import { describe, expect, it } from "vitest";
import { parseOrThrow } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import type { Locale } from "@/lib/i18n/config";
import { parsePlaceRef } from "./place";
import { PlaceSearchQuery } from "./place-query";

async function refusal(query: Record<string, string>, locale: Locale) {
  try {
    parseOrThrow(PlaceSearchQuery, query);
  } catch (error) {
    const response = errorResponse(error, locale);
    return {
      status: response.status,
      ...((await response.json()) as { error: { code: string; message: string } }).error,
    };
  }
  throw new Error(`accepted ${JSON.stringify(query)}`);
}

describe("PlaceSearchQuery", () => {
  it("takes 1–40 characters of text, trimmed, and the language", () => {
    expect(parseOrThrow(PlaceSearchQuery, { q: "  lft ", lang: "en" })).toEqual({ q: "lft", lang: "en" });
    expect(parseOrThrow(PlaceSearchQuery, { q: "雷".repeat(40) }).q).toHaveLength(40);
  });

  it.each([
    [{}, "请输入要去的地方（q）", "Please say where you want to go (q)"],
    [{ q: "" }, "请输入要去的地方", "Please type where you want to go"],
    [{ q: "   " }, "请输入要去的地方", "Please type where you want to go"],
    [{ q: "x".repeat(41) }, "最多 40 个字", "at most 40 characters"],
    [{ q: "lei\u0007feng" }, "无法识别的字符", "not text"],
    [{ q: "\uE000" }, "无法识别的字符", "not text"],
    [{ q: "lft", lang: "fr" }, "语言", "language"],
    [{ q: "lft", near: "1" }, "near", "near"],
  ])("%j → 400 in the caller's language", async (query, zh, en) => {
    const inChinese = await refusal(query, "zh-CN");
    expect(inChinese.status).toBe(400);
    expect(inChinese.code).toBe("validation_failed");
    expect(inChinese.message).toContain(zh);
    expect((await refusal(query, "en")).message).toContain(en);
  });
});

describe("parsePlaceRef", () => {
  it.each([
    ["sight:leifeng-pagoda", { kind: "sight", id: "leifeng-pagoda" }],
    ["street:pinghai-rd", { kind: "street", id: "pinghai-rd" }],
    ["station:metro-wulin-square", { kind: "station", id: "metro-wulin-square" }],
    ["hospital:fahzu", { kind: "hospital", id: "fahzu" }],
    ["car-park:hubin-in77", null],
    ["sight:", null],
    ["sight:Leifeng", null],
    ["sight:a:b", null],
    ["sight:../x", null],
    ["", null],
    [null, null],
  ])("%j → %j", (text, expected) => {
    expect(parsePlaceRef(text)).toEqual(expected);
  });
});
