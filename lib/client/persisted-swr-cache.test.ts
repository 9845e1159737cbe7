import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { STORAGE_KEY } from "./city-data-store";
import { clearCityDataCache, createPersistedCache, setActiveCityDataCache } from "./persisted-swr-cache";

const NOW = Date.parse("2026-05-01T08:00:00Z");

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  let writes = 0;
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      writes += 1;
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
    get writes() {
      return writes;
    },
    stored: () => (items.has(STORAGE_KEY) ? JSON.parse(items.get(STORAGE_KEY) as string) : null),
  };
}

const envelope = (data: unknown, at = NOW) => ({ kind: "city-data", data, at, source: "network" });

describe("createPersistedCache", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("starts with what this device stored, marked as device copies", () => {
    const storage = memoryStorage({
      [STORAGE_KEY]: JSON.stringify({ v: 2, entries: { "/api/me": { data: { id: 1 }, at: NOW - 1000 } } }),
    });
    const cache = createPersistedCache({ storage, now: () => NOW });
    expect([...cache.keys()]).toEqual(["/api/me"]);
    expect(cache.get("/api/me")?.data).toMatchObject({ data: { id: 1 }, at: NOW - 1000, source: "device" });
  });

  it("writes changes through once per throttle interval", () => {
    const storage = memoryStorage();
    const cache = createPersistedCache({ storage, now: () => NOW, throttleMs: 1000 });
    cache.set("/api/a", { data: envelope(1) });
    cache.set("/api/b", { data: envelope(2) });
    expect(storage.writes).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(storage.writes).toBe(1);
    expect(Object.keys(storage.stored().entries).sort()).toEqual(["/api/a", "/api/b"]);
  });

  it("ignores loading-flag changes and keys it does not keep", () => {
    const storage = memoryStorage();
    const cache = createPersistedCache({ storage, now: () => NOW });
    const data = envelope(1);
    cache.set("/api/a", { data });
    cache.flush();
    cache.set("/api/a", { data, isValidating: true });
    cache.set("$inf$/api/list", { data: envelope([]) });
    vi.runAllTimers();
    expect(storage.writes).toBe(1);
  });

  it("flushes at once when the page goes away", () => {
    const storage = memoryStorage();
    const cache = createPersistedCache({ storage, now: () => NOW });
    cache.set("/api/a", { data: envelope(1) });
    cache.flush();
    expect(storage.stored().entries["/api/a"]).toEqual({ data: 1, at: NOW });
  });

  it("keeps working in memory when storage throws", () => {
    const failing = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: () => {},
    };
    const cache = createPersistedCache({ storage: failing, now: () => NOW });
    cache.set("/api/a", { data: envelope(1) });
    expect(() => cache.flush()).not.toThrow();
    expect(cache.get("/api/a")?.data).toMatchObject({ data: 1 });
  });
});

describe("clearCityDataCache", () => {
  it("empties the live cache and the device store, and cancels a pending write", async () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const cache = createPersistedCache({ storage, now: () => NOW });
    cache.set("/api/me", { data: envelope({ phone: "138****8000" }) });
    cache.flush();
    const clearMemory = vi.fn(async () => cache.set("/api/me", { data: undefined }));
    const unregister = setActiveCityDataCache(cache, clearMemory);
    cache.set("/api/me", { data: envelope({ phone: "138****8000" }, NOW + 1) });
    await clearCityDataCache(storage);
    vi.runAllTimers();
    expect(clearMemory).toHaveBeenCalledOnce();
    expect(storage.stored()).toBeNull();
    unregister();
    vi.useRealTimers();
  });
});

describe("older stores", () => {
  it("drops a store of an earlier version instead of reading its shapes", () => {
    const v1 = JSON.stringify({
      v: 1,
      entries: { "/api/me/plates": { data: { kind: "city-data", data: { plates: [] }, at: NOW }, at: NOW } },
    });
    const storage = memoryStorage({ "hzcb.city-data.v1": v1 });
    const cache = createPersistedCache({ storage, now: () => NOW });
    expect([...cache.keys()]).toEqual([]);
    expect(storage.getItem("hzcb.city-data.v1")).toBeNull();
  });
});
