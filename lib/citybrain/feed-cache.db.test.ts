import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { createTestDb } from "@/lib/testing/test-db";
import { cachedFeed, FEED_POLICIES } from "./feed-cache";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

const { freshMs, staleMs } = FEED_POLICIES.parking;

/** A clock the test moves, and an upstream that counts its calls and answers when told to. */
function setting() {
  let nowMs = Date.parse("2026-12-07T02:00:00Z");
  let calls = 0;
  const source = {};
  const upstream = async () => {
    calls += 1;
    await new Promise((resolve) => setTimeout(resolve, 20));
    return [{ observedAt: new Date(nowMs).toISOString(), n: calls }];
  };
  return {
    source,
    read: () => cachedFeed(opened.db, source, "parking", upstream, () => new Date(nowMs)),
    advance: (ms: number) => {
      nowMs += ms;
    },
    calls: () => calls,
  };
}

describe("cachedFeed", () => {
  it("asks upstream once for 100 requests at the same moment (single flight)", async () => {
    const s = setting();
    const answers = await Promise.all(Array.from({ length: 100 }, () => s.read()));
    expect(s.calls()).toBe(1);
    expect(new Set(answers.map((a) => a.version)).size).toBe(1);
  });

  it("serves from memory while fresh, then the stale copy at once while one refresh runs", async () => {
    const s = setting();
    const first = await s.read();
    s.advance(freshMs - 1);
    expect((await s.read()).version).toBe(first.version);
    expect(s.calls()).toBe(1);

    s.advance(2);
    const stale = await Promise.all([s.read(), s.read(), s.read()]);
    expect(stale.map((a) => a.version)).toEqual([first.version, first.version, first.version]);
    expect(s.calls()).toBe(2);
    await new Promise((r) => setTimeout(r, 50));
    const refreshed = await s.read();
    expect(refreshed.version).toBeGreaterThan(first.version);
    expect(refreshed.items).toMatchObject([{ n: 2 }]);
  });

  it("waits for a fresh answer when memory is older than fresh + stale", async () => {
    const s = setting();
    const first = await s.read();
    s.advance(freshMs + staleMs + 1);
    const next = await s.read();
    expect(next.version).not.toBe(first.version);
    expect(s.calls()).toBe(2);
  });

  it("fetches again when the clock is moved back before the copy (sandbox clock)", async () => {
    const s = setting();
    await s.read();
    s.advance(-60 * 60_000);
    await s.read();
    expect(s.calls()).toBe(2);
  });

  it("when upstream fails past the stale window, answers with the shared database copy, marked stale", async () => {
    const mine = {};
    const at = (hours: number) => () => new Date(Date.parse("2026-12-07T02:00:00Z") + hours * 3600_000);
    const ok = await cachedFeed(
      opened.db,
      mine,
      "hospitals",
      async () => [{ observedAt: "2026-12-07T01:00:00Z" }],
      at(0),
    );
    expect(ok.stale).toBe(false);
    await new Promise((r) => setTimeout(r, 50)); // readFeed stores the copy after answering
    const down = () => Promise.reject(new Error("down"));
    const answer = await cachedFeed(opened.db, mine, "hospitals", down, at(48));
    expect(answer.stale).toBe(true);
    expect(answer.items).toEqual(ok.items);
  });
});
