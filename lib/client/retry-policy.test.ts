import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "./api";
import { isRetryable, MAX_RETRIES, onErrorRetry, retryDelay } from "./retry-policy";

const http = (status: number) => new ApiError({ kind: "http", status });

afterEach(() => {
  vi.useRealTimers();
});

describe("retry policy", () => {
  it.each([400, 401, 403, 404, 409, 422, 429])(
    "never retries a %i: asking again gets the same refusal",
    (status) => {
      expect(isRetryable(http(status))).toBe(false);
    },
  );

  it.each([500, 502, 503, 504])("retries a %i", (status) => {
    expect(isRetryable(http(status))).toBe(true);
  });

  it.each([
    ["no connection", new ApiError({ kind: "network" }), true],
    ["a timeout", new ApiError({ kind: "timeout" }), true],
    ["an answer of the wrong shape", new ApiError({ kind: "invalid", status: 200 }), false],
    ["an unexpected error", new TypeError("x"), true],
  ])("%s: retried = %s", (_name, error, expected) => {
    expect(isRetryable(error)).toBe(expected);
  });

  it("backs off 2 s, 4 s, 8 s", () => {
    expect([1, 2, 3].map(retryDelay)).toEqual([2_000, 4_000, 8_000]);
  });

  function run(error: unknown, retryCount: number) {
    const revalidate = vi.fn(async () => true);
    // biome-ignore lint/suspicious/noExplicitAny: SWR's internal config is not needed by the policy.
    onErrorRetry(error, "/api/x", {} as any, revalidate, { retryCount, dedupe: true });
    return revalidate;
  }

  it("revalidates a server error after the backoff, up to the limit", async () => {
    vi.useFakeTimers();
    const revalidate = run(http(503), 2);
    await vi.advanceTimersByTimeAsync(3_999);
    expect(revalidate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(revalidate).toHaveBeenCalledWith({ retryCount: 2 });

    const afterLimit = run(http(503), MAX_RETRIES + 1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(afterLimit).not.toHaveBeenCalled();
  });

  it.each([401, 403, 404, 409, 422, 429])("never schedules a revalidation for a %i", async (status) => {
    vi.useFakeTimers();
    const revalidate = run(http(status), 1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(revalidate).not.toHaveBeenCalled();
  });
});
