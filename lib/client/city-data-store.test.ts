import { describe, expect, it } from "vitest";
import {
  type CityDataEnvelope,
  hydrateStore,
  MAX_AGE_MS,
  MAX_CHARS,
  MAX_ENTRIES,
  selectAsOf,
  serialiseStore,
  shouldPersistKey,
} from "./city-data-store";

const NOW = Date.parse("2026-05-01T08:00:00Z");

function envelope<T>(data: T, at = NOW - 60_000, source: CityDataEnvelope["source"] = "network") {
  return { kind: "city-data" as const, data, at, source };
}

describe("shouldPersistKey", () => {
  it.each([
    ["/api/me", true],
    ["/api/parking/lots?near=west-lake", true],
    ["/api/auth/otp", false],
    ["/api/auth/session", false],
    ["/parking", false],
    ["$inf$/api/me", false],
    ['@"/api/me",', false],
  ])("%s → %s", (key, expected) => {
    expect(shouldPersistKey(key)).toBe(expected);
  });
});

describe("serialiseStore and hydrateStore", () => {
  it("round-trips API answers with their fetch time, as device copies", () => {
    const at = NOW - 5 * 60_000;
    const raw = serialiseStore(
      [["/api/me", { data: envelope({ user: { phone: "138****8000" } }, at) }]],
      NOW,
    );
    expect(hydrateStore(raw, NOW)).toEqual([
      ["/api/me", { kind: "city-data", data: { user: { phone: "138****8000" } }, at, source: "device" }],
    ]);
  });

  it("keeps a device copy's original time when it is written again", () => {
    const at = NOW - 3 * 60 * 60_000;
    const raw = serialiseStore([["/api/air/now", { data: envelope({ aqi: 42 }, at, "device") }]], NOW);
    expect(hydrateStore(raw, NOW)[0]?.[1].at).toBe(at);
  });

  it.each([
    ["a key that is not an API URL", "/parking", { data: envelope(1) }],
    ["sign-in traffic", "/api/auth/verify", { data: envelope(1) }],
    ["a plain value without fetch time", "/api/me", { data: { user: 1 } }],
    ["no data yet", "/api/me", { data: undefined }],
    ["data of a session that ended (401)", "/api/me", { data: envelope(1), error: { status: 401 } }],
    ["an answer older than the maximum age", "/api/me", { data: envelope(1, NOW - MAX_AGE_MS - 1) }],
  ])("leaves out %s", (_name, key, state) => {
    expect(serialiseStore([[key, state]], NOW)).toBeNull();
  });

  it("keeps data shown next to a passing error (e.g. offline), which is the point of the store", () => {
    const raw = serialiseStore(
      [["/api/me", { data: envelope(7), error: new TypeError("Failed to fetch") }]],
      NOW,
    );
    expect(hydrateStore(raw, NOW).map(([key]) => key)).toEqual(["/api/me"]);
  });

  it("keeps the newest entries when there are too many", () => {
    const entries: [string, { data: CityDataEnvelope }][] = Array.from(
      { length: MAX_ENTRIES + 5 },
      (_, i) => [`/api/item/${i}`, { data: envelope(i, NOW - i * 1000) }],
    );
    const kept = hydrateStore(serialiseStore(entries, NOW), NOW).map(([key]) => key);
    expect(kept).toHaveLength(MAX_ENTRIES);
    expect(kept).toContain("/api/item/0");
    expect(kept).not.toContain(`/api/item/${MAX_ENTRIES + 4}`);
  });

  it("skips an answer too large to store but keeps the others", () => {
    const huge = "x".repeat(MAX_CHARS);
    const raw = serialiseStore(
      [
        ["/api/huge", { data: envelope(huge, NOW - 1) }],
        ["/api/small", { data: envelope("ok", NOW - 2) }],
      ],
      NOW,
    );
    expect(hydrateStore(raw, NOW).map(([key]) => key)).toEqual(["/api/small"]);
  });

  it.each([
    ["nothing stored", null],
    ["broken JSON", "{not json"],
    [
      "an older version (its shapes may differ)",
      JSON.stringify({ v: 1, entries: { "/api/me": { data: 1, at: NOW } } }),
    ],
    ["entries that are not an object", JSON.stringify({ v: 2, entries: 3 })],
    ["an entry without a time", JSON.stringify({ v: 2, entries: { "/api/me": { data: 1 } } })],
    [
      "an entry too old",
      JSON.stringify({ v: 2, entries: { "/api/me": { data: 1, at: NOW - MAX_AGE_MS - 1 } } }),
    ],
    [
      "a key that may not be kept",
      JSON.stringify({ v: 2, entries: { "/api/auth/x": { data: 1, at: NOW } } }),
    ],
  ])("hydrates nothing from %s", (_name, raw) => {
    expect(hydrateStore(raw, NOW)).toEqual([]);
  });
});

describe("selectAsOf", () => {
  it("shows a fresh network answer with its time, not as a stored copy", () => {
    const at = NOW - 1000;
    expect(selectAsOf(envelope({ a: 1 }, at, "network"))).toEqual({
      data: { a: 1 },
      asOf: new Date(at),
      fromCache: false,
    });
  });

  it.each(["worker", "device"] as const)("marks a copy from the %s as from cache", (source) => {
    const selection = selectAsOf(envelope({ a: 1 }, NOW - 1000, source));
    expect(selection.fromCache).toBe(true);
    expect(selection.asOf?.getTime()).toBe(NOW - 1000);
  });

  it("passes a plain value through without a time", () => {
    expect(selectAsOf({ user: null })).toEqual({ data: { user: null }, fromCache: false });
  });

  it("has nothing to show for no value", () => {
    expect(selectAsOf(undefined)).toEqual({ fromCache: false });
  });
});
