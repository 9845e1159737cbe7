import { describe, expect, it } from "vitest";
import { decideWindow, MAX_RATE_LIMIT_WINDOW_SECONDS } from "./window";

const now = new Date("2026-05-01T08:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("decideWindow", () => {
  it.each([
    { name: "no hits", hits: [], limit: 1, window: 60, allowed: true, retry: 0 },
    { name: "1/60 s, hit 10 s ago", hits: [ago(10)], limit: 1, window: 60, allowed: false, retry: 50 },
    {
      name: "1/60 s, hit 59.5 s ago rounds up",
      hits: [ago(59.5)],
      limit: 1,
      window: 60,
      allowed: false,
      retry: 1,
    },
    {
      name: "1/60 s, hit exactly 60 s ago has left",
      hits: [ago(60)],
      limit: 1,
      window: 60,
      allowed: true,
      retry: 0,
    },
    { name: "1/60 s, hit 61 s ago", hits: [ago(61)], limit: 1, window: 60, allowed: true, retry: 0 },
    { name: "1/60 s, hit right now", hits: [ago(0)], limit: 1, window: 60, allowed: false, retry: 60 },
    {
      name: "10/h, 9 hits",
      hits: Array.from({ length: 9 }, (_, i) => ago(i * 60)),
      limit: 10,
      window: 3600,
      allowed: true,
      retry: 0,
    },
    {
      // Newest first: 0, 60, …, 540 s ago; the oldest (540 s ago) leaves first, after 3060 s.
      name: "10/h, 10 hits: wait for the oldest",
      hits: Array.from({ length: 10 }, (_, i) => ago(i * 60)),
      limit: 10,
      window: 3600,
      allowed: false,
      retry: 3060,
    },
    {
      name: "3/min with older hits outside the window ignored",
      hits: [ago(5), ago(20), ago(70), ago(80)],
      limit: 3,
      window: 60,
      allowed: true,
      retry: 0,
    },
    {
      name: "2/min: the 2nd most recent decides",
      hits: [ago(5), ago(20)],
      limit: 2,
      window: 60,
      allowed: false,
      retry: 40,
    },
  ])("$name", ({ hits, limit, window, allowed, retry }) => {
    expect(decideWindow(hits, limit, window, now)).toEqual({ allowed, retryAfterSeconds: retry });
  });

  it("never asks to wait less than one second when refusing", () => {
    const decision = decideWindow([ago(59.999)], 1, 60, now);
    expect(decision).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("refuses a window longer than retention keeps hits for", () => {
    expect(() => decideWindow([], 1, MAX_RATE_LIMIT_WINDOW_SECONDS + 1, now)).toThrow(/longer than the hits/);
    expect(decideWindow([], 1, MAX_RATE_LIMIT_WINDOW_SECONDS, now).allowed).toBe(true);
  });
});
