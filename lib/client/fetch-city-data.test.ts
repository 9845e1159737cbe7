import { afterEach, describe, expect, it, vi } from "vitest";
import { FETCHED_AT_HEADER } from "@/lib/pwa/sw-protocol";
import { ApiError, isApiError } from "./api";
import { fetchCityData } from "./fetch-city-data";

const NOW = 1_777_000_000_000;

function fakeFetch(response: Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const impl = async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return response;
  };
  return { impl, calls };
}

describe("fetchCityData", () => {
  it("GETs JSON and stamps a network answer with the current time", async () => {
    const { impl, calls } = fakeFetch(Response.json({ user: { id: "u1" } }));
    const result = await fetchCityData("/api/me", impl, () => NOW);
    expect(result).toEqual({ kind: "city-data", data: { user: { id: "u1" } }, at: NOW, source: "network" });
    expect(calls[0]?.init.method).toBe("GET");
    expect(new Headers(calls[0]?.init.headers).get("accept")).toBe("application/json");
  });

  it("keeps the service worker's fetch time for an answer from its cache", async () => {
    const stored = NOW - 3_600_000;
    const { impl } = fakeFetch(Response.json({ a: 1 }, { headers: { [FETCHED_AT_HEADER]: String(stored) } }));
    expect(await fetchCityData("/api/x", impl, () => NOW)).toMatchObject({ at: stored, source: "worker" });
  });

  describe("a public answer from the worker's store (stale-while-revalidate)", () => {
    afterEach(() => vi.unstubAllGlobals());
    const stored = NOW - 600_000;
    const publicStored = () =>
      fakeFetch(
        Response.json(
          { a: 1 },
          { headers: { [FETCHED_AT_HEADER]: String(stored), "cache-control": "public, max-age=30" } },
        ),
      ).impl;

    it("online: shown with its time, not labelled as this device's offline copy", async () => {
      vi.stubGlobal("navigator", { onLine: true });
      expect(await fetchCityData("/api/air/stations", publicStored(), () => NOW)).toMatchObject({
        at: stored,
        source: "network",
      });
    });

    it("offline: this device's copy", async () => {
      vi.stubGlobal("navigator", { onLine: false });
      expect(await fetchCityData("/api/air/stations", publicStored(), () => NOW)).toMatchObject({
        at: stored,
        source: "worker",
      });
    });
  });

  it.each([
    [401, { error: { code: "unauthorized", message: "请先登录。" } }, "请先登录。", "unauthorized"],
    [429, { error: { code: "rate_limited", message: "Too many tries." } }, "Too many tries.", "rate_limited"],
    [500, "<html>oops</html>", "HTTP 500", undefined],
  ])("throws an ApiError for %i with the API's message", async (status, body, message, code) => {
    const response =
      typeof body === "string" ? new Response(body, { status }) : Response.json(body, { status });
    const error = await fetchCityData("/api/me", fakeFetch(response).impl).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status, message, code });
    expect(isApiError(error, 401)).toBe(status === 401);
  });

  it("refuses a 2xx answer that is not JSON", async () => {
    const error = await fetchCityData("/api/x", fakeFetch(new Response("<html>")).impl).catch((e) => e);
    expect(error).toMatchObject({ status: 200, code: "not_json" });
  });
});
