import { describe, expect, it } from "vitest";
import { cardWindows, currentWindow, skewMs } from "./card-windows";
import type { HealthCardResponse } from "./types";

const at = (iso: string) => Date.parse(iso);
const card: HealthCardResponse = {
  healthCardId: "HC1",
  token: "t0",
  expiresAt: "2026-12-07T10:01:00.000Z",
  upcoming: [
    { token: "t1", validFrom: "2026-12-07T10:01:00.000Z", expiresAt: "2026-12-07T10:02:00.000Z" },
    { token: "t2", validFrom: "2026-12-07T10:02:00.000Z", expiresAt: "2026-12-07T10:03:00.000Z" },
  ],
};

describe("health-card windows", () => {
  const windows = cardWindows(card);

  it("starts the current window one window length before it ends", () => {
    expect(windows[0]).toEqual({
      token: "t0",
      validFrom: "2026-12-07T10:00:00.000Z",
      expiresAt: "2026-12-07T10:01:00.000Z",
    });
  });

  it.each([
    ["2026-12-07T10:00:00.000Z", "t0"],
    ["2026-12-07T10:00:59.999Z", "t0"],
    ["2026-12-07T10:01:00.000Z", "t1"],
    ["2026-12-07T10:02:30.000Z", "t2"],
    ["2026-12-07T10:03:00.000Z", undefined],
    ["2026-12-07T09:59:59.000Z", undefined],
  ])("at %s shows %s", (now, token) => {
    expect(currentWindow(windows, at(now))?.token).toBe(token);
  });

  it("takes an answer inside (or just past) its window as no skew", () => {
    expect(skewMs(windows[0], at("2026-12-07T10:00:30.000Z"))).toBe(0);
    expect(skewMs(windows[0], at("2026-12-07T10:01:00.300Z"))).toBe(0);
  });

  it("puts a device far off the server's clock onto the server's minutes", () => {
    // The server is two days ahead (the sandbox clock): the device reads the answer's window as the current one.
    const answeredAt = at("2026-12-05T10:00:40.000Z");
    const skew = skewMs(windows[0], answeredAt);
    expect(currentWindow(windows, answeredAt + skew)?.token).toBe("t0");
    expect(currentWindow(windows, answeredAt + skew + 60_000)?.token).toBe("t1");
  });

  it("is zero without an answer", () => {
    expect(skewMs(undefined, 1)).toBe(0);
    expect(skewMs(windows[0], undefined)).toBe(0);
  });
});
