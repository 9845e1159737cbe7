import { describe, expect, it } from "vitest";
import { cachedFetchTime, FETCHED_AT_HEADER, isPrivateAnswer, pageCacheKey } from "./sw-protocol";

describe("pageCacheKey", () => {
  it.each([
    ["https://a.test/?source=pwa", "https://a.test/"],
    ["https://a.test/parking?source=pwa&lot=3#map", "https://a.test/parking?lot=3"],
    ["https://a.test/tour?x=1", "https://a.test/tour?x=1"],
    ["https://a.test/me", "https://a.test/me"],
  ])("%s is stored as %s", (href, key) => {
    expect(pageCacheKey(href)).toBe(key);
  });
});

describe("cachedFetchTime", () => {
  it.each([
    [{ [FETCHED_AT_HEADER]: "1767225600000" }, 1767225600000],
    [{}, null],
    [{ [FETCHED_AT_HEADER]: "" }, null],
    [{ [FETCHED_AT_HEADER]: "soon" }, null],
  ])("reads %j as %s", (init, expected) => {
    expect(cachedFetchTime(new Headers(init))).toBe(expected);
  });
});

describe("isPrivateAnswer", () => {
  it.each([
    ["private, no-store", true],
    ["private, no-cache", true],
    ["no-store, private", true],
    ["PRIVATE", true],
    ['private="set-cookie"', true],
    ["public, max-age=60", false],
    ["no-store", false],
    ["", false],
  ])("Cache-Control %j → %s", (value, expected) => {
    expect(isPrivateAnswer(new Headers(value ? { "cache-control": value } : {}))).toBe(expected);
  });
});
