import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { createTestDb } from "@/lib/testing/test-db";
import { acquireLease, releaseLease } from "./lease";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

const t0 = new Date("2026-11-23T08:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

describe("job leases", () => {
  it("lets one holder run a job until the lease expires, then another", async () => {
    expect(await acquireLease(opened.db, "history", "server-a", 60_000, t0)).toBe(true);
    expect(await acquireLease(opened.db, "history", "server-b", 60_000, later(1_000))).toBe(false);
    expect(await acquireLease(opened.db, "history", "server-a", 60_000, later(30_000))).toBe(true);
    expect(await acquireLease(opened.db, "history", "server-b", 60_000, later(80_000))).toBe(false);
    expect(await acquireLease(opened.db, "history", "server-b", 60_000, later(91_000))).toBe(true);
  });

  it("elects exactly one of many servers racing for a free lease", async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => acquireLease(opened.db, "race", `server-${i}`, 60_000, t0)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("hands over at once when the holder releases", async () => {
    expect(await acquireLease(opened.db, "handover", "a", 60_000, t0)).toBe(true);
    await releaseLease(opened.db, "handover", "a");
    expect(await acquireLease(opened.db, "handover", "b", 60_000, later(1))).toBe(true);
  });
});
