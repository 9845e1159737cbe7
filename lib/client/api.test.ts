import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, apiFetch, DEFAULT_TIMEOUT_MS, type FetchLike, getJson, isApiError, sendJson } from "./api";

function answering(response: Response | (() => Response)) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return typeof response === "function" ? response() : response;
  };
  return { fetchImpl, calls };
}

/** A fetch that never answers until its signal aborts, as a hung network does. */
const hanging: FetchLike = (_url, init) =>
  new Promise((_resolve, reject) => {
    init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
  });

afterEach(() => {
  vi.useRealTimers();
});

describe("apiFetch", () => {
  it("GETs JSON with the same-origin cookie and no HTTP cache", async () => {
    const { fetchImpl, calls } = answering(Response.json({ plates: [] }));
    expect(await getJson("/api/me/plates", { fetchImpl })).toEqual({ plates: [] });
    expect(calls[0]?.init).toMatchObject({ method: "GET", credentials: "same-origin", cache: "no-store" });
    expect(calls[0]?.init.body).toBeUndefined();
  });

  it("sends a JSON body with its content type and the caller's headers", async () => {
    const { fetchImpl, calls } = answering(Response.json({ ok: 1 }, { status: 201 }));
    const data = await sendJson(
      "POST",
      "/api/x",
      { a: 1 },
      { fetchImpl, headers: { "Idempotency-Key": "k" } },
    );
    expect(data).toEqual({ ok: 1 });
    expect(calls[0]?.init.body).toBe('{"a":1}');
    expect(calls[0]?.init.headers).toMatchObject({
      "Content-Type": "application/json",
      "Idempotency-Key": "k",
    });
  });

  it("gives undefined for an empty success (204)", async () => {
    const { fetchImpl } = answering(new Response(null, { status: 204 }));
    expect(await sendJson("DELETE", "/api/me/plates/x", undefined, { fetchImpl })).toBeUndefined();
  });

  it.each([
    [401, { error: { code: "unauthorized", message: "请先登录" } }, "请先登录", "unauthorized"],
    [409, { error: { code: "conflict", message: "车位已满", reason: "full" } }, "车位已满", "conflict"],
    [422, { error: { code: "validation", message: "车牌格式不对" } }, "车牌格式不对", "validation"],
    [500, { error: { code: "internal", message: "服务暂时不可用" } }, "服务暂时不可用", "internal"],
  ])(
    "maps a %i error body to an ApiError with the server's message and code",
    async (status, body, message, code) => {
      const { fetchImpl } = answering(Response.json(body, { status }));
      const error = await getJson("/api/x", { fetchImpl }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ kind: "http", status, code, serverMessage: message, message });
      expect((error as ApiError).unreachable).toBe(false);
      expect(isApiError(error, status)).toBe(true);
    },
  );

  it("keeps the refusal's reason and retry-after for the page's next step", async () => {
    const body = {
      error: { code: "rate_limited", message: "稍后再试", retryAfterSeconds: 42, reason: "otp" },
    };
    const { fetchImpl } = answering(Response.json(body, { status: 429 }));
    const error = await sendJson("POST", "/api/auth/otp", {}, { fetchImpl }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 42, reason: "otp" });
  });

  it("maps a non-JSON 502 (a proxy's HTML page) to an http error without a server message", async () => {
    const { fetchImpl } = answering(new Response("<html>Bad gateway</html>", { status: 502 }));
    const error = await getJson("/api/x", { fetchImpl }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "http", status: 502, message: "HTTP 502", serverMessage: undefined });
  });

  it("maps a JSON error body that is not the error shape to an http error without a server message", async () => {
    const { fetchImpl } = answering(Response.json({ error: "nope" }, { status: 400 }));
    expect(await getJson("/api/x", { fetchImpl }).catch((e: unknown) => e)).toMatchObject({
      kind: "http",
      status: 400,
      serverMessage: undefined,
    });
  });

  it("refuses a success whose body is not JSON", async () => {
    const { fetchImpl } = answering(new Response("<html>captive portal</html>", { status: 200 }));
    expect(await getJson("/api/x", { fetchImpl }).catch((e: unknown) => e)).toMatchObject({
      kind: "invalid",
      status: 200,
      code: "not_json",
    });
  });

  it("maps a failed fetch (no connection) to a network error", async () => {
    const fetchImpl: FetchLike = async () => {
      throw new TypeError("Failed to fetch");
    };
    const error = await sendJson("POST", "/api/x", {}, { fetchImpl }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "network", status: 0 });
    expect((error as ApiError).unreachable).toBe(true);
  });

  it.each(["GET", "POST"] as const)("times a %s out after the default 15 s", async (method) => {
    vi.useFakeTimers();
    const pending = apiFetch("/api/x", {
      method,
      body: method === "POST" ? {} : undefined,
      fetchImpl: hanging,
    });
    const settled = pending.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(DEFAULT_TIMEOUT_MS - 1);
    expect(await Promise.race([settled, Promise.resolve("still waiting")])).toBe("still waiting");
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled).toMatchObject({ kind: "timeout", status: 0 });
  });

  it("times out a body that stops arriving", async () => {
    vi.useFakeTimers();
    let body: ReadableStreamDefaultController | undefined;
    const stalled = new ReadableStream({
      start: (controller) => {
        body = controller;
      },
    });
    const fetchImpl: FetchLike = async (_url, init) => {
      // A real fetch errors the body's stream on abort; this stand-in does the same.
      init.signal?.addEventListener("abort", () => body?.error(new DOMException("aborted", "AbortError")));
      return new Response(stalled, { status: 200 });
    };
    const settled = apiFetch("/api/x", { fetchImpl, timeoutMs: 1_000 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await settled).toMatchObject({ kind: "timeout" });
  });

  it("lets the caller abort, without calling it a timeout", async () => {
    const controller = new AbortController();
    const pending = apiFetch("/api/x", { fetchImpl: hanging, signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    controller.abort(new Error("left the page"));
    const error = await pending;
    expect(isApiError(error)).toBe(false);
    expect((error as Error).message).toBe("left the page");
  });
});
