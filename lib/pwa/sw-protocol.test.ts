import { describe, expect, it } from "vitest";
import {
  cachedFetchTime,
  FETCHED_AT_HEADER,
  isPrivateAnswer,
  isPublicApi,
  isPublicDataUpdated,
  isTypeAhead,
  pageCacheKey,
} from "./sw-protocol";

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

describe("isPublicApi", () => {
  it("names the city's public reads, and nothing personal or signed", () => {
    for (const path of [
      "/api/parking/lots",
      "/api/parking/lots/street-pinghai-rd",
      "/api/parking/lots/hubin-in77/quote",
      "/api/parking/lots/hubin-in77/reservable",
      "/api/air/stations",
      "/api/air/forecast",
      "/api/tour/pois",
      "/api/places/sight/leifeng-pagoda",
    ]) {
      expect(isPublicApi(path), path).toBe(true);
    }
    for (const path of [
      "/api/me",
      "/api/parking/sessions",
      "/api/parking/lots/a/b/c",
      "/api/air/stations/x",
      "/api/air/forecast/x",
      "/api/parking/gate-events",
      "/api/places/search",
      "/api/places/sight/leifeng-pagoda/x",
    ]) {
      expect(isPublicApi(path), path).toBe(false);
    }
  });
});

describe("isTypeAhead", () => {
  it("names the destination search only", () => {
    expect(isTypeAhead("/api/places/search")).toBe(true);
    expect(isTypeAhead("/api/places/sight/leifeng-pagoda")).toBe(false);
    expect(isTypeAhead("/api/parking/lots")).toBe(false);
  });
});

describe("isPublicDataUpdated", () => {
  it("reads Serwist's broadcast-update message and nothing else", () => {
    const message = {
      type: "CACHE_UPDATED",
      meta: "serwist-broadcast-update",
      payload: { cacheName: "apis", updatedURL: "http://x/api/tour/pois" },
    };
    expect(isPublicDataUpdated(message)).toBe(true);
    expect(isPublicDataUpdated({ type: "CACHE_UPDATED" })).toBe(false);
    expect(isPublicDataUpdated(null)).toBe(false);
  });
});
