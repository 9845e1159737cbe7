import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { setClockOffsetMs } from "@/lib/clock/server-now";
import type { OpenDb } from "@/lib/db/open";
import type { Db } from "@/lib/db/types";
import { createTestDb } from "@/lib/testing/test-db";
import { acquireLease, releaseLease } from "./lease";
import { LeaseLostError, runUnderLease } from "./run-under-lease";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());
afterEach(() => setClockOffsetMs(0));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function holderOf(job: string): Promise<string | undefined> {
  const result = await opened.db.execute(sql`select holder from job_leases where name = ${job}`);
  return (result as unknown as { rows: { holder: string }[] }).rows[0]?.holder;
}

describe("job leases", () => {
  it("lets one holder run a job until the lease expires by the database's clock, then another", async () => {
    expect(await acquireLease(opened.db, "history", "server-a", 400)).toBe(true);
    expect(await acquireLease(opened.db, "history", "server-b", 400)).toBe(false);
    expect(await acquireLease(opened.db, "history", "server-a", 400)).toBe(true);
    await sleep(600);
    expect(await acquireLease(opened.db, "history", "server-b", 400)).toBe(true);
    expect(await acquireLease(opened.db, "history", "server-a", 400)).toBe(false);
  });

  it("is not taken by a server whose clock runs ahead of the database's (a fast machine, a moved sandbox clock)", async () => {
    expect(await acquireLease(opened.db, "skew", "server-a", 60_000)).toBe(true);
    // serverNow() of this process now runs ten minutes ahead: as another server's would with a fast clock.
    setClockOffsetMs(10 * 60_000);
    expect(await acquireLease(opened.db, "skew", "server-b", 60_000)).toBe(false);
    setClockOffsetMs(48 * 3_600_000);
    expect(await acquireLease(opened.db, "skew", "server-b", 60_000)).toBe(false);
    expect(await holderOf("skew")).toBe("server-a");
  });

  it("elects exactly one of many servers racing for a free lease", async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => acquireLease(opened.db, "race", `server-${i}`, 60_000)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("hands over at once when the holder releases", async () => {
    expect(await acquireLease(opened.db, "handover", "a", 60_000)).toBe(true);
    await releaseLease(opened.db, "handover", "a");
    expect(await acquireLease(opened.db, "handover", "b", 60_000)).toBe(true);
  });
});

describe("runUnderLease", () => {
  it("renews the lease while a job longer than the lease runs, so nobody else starts it", async () => {
    let otherWon = false;
    const run = await runUnderLease(
      opened.db,
      "long",
      "server-a",
      { ttlMs: 1_000, renewEveryMs: 200 },
      async () => {
        for (let i = 0; i < 10; i++) {
          await sleep(200);
          otherWon ||= await acquireLease(opened.db, "long", "server-b", 1_000);
        }
        return "done";
      },
    );
    expect(run).toEqual({ ran: true, value: "done", lost: false });
    expect(otherWon).toBe(false);
    expect(await holderOf("long")).toBe("server-a");
  });

  it("does not run the job while another server holds the lease", async () => {
    expect(await acquireLease(opened.db, "held", "server-b", 60_000)).toBe(true);
    const work = vi.fn(async () => "ran");
    expect(await runUnderLease(opened.db, "held", "server-a", { ttlMs: 60_000 }, work)).toEqual({
      ran: false,
    });
    expect(work).not.toHaveBeenCalled();
  });

  it("aborts the job's signal when another server took the lease, and the job stops", async () => {
    let steps = 0;
    const started = performance.now();
    const run = runUnderLease(
      opened.db,
      "stolen",
      "server-a",
      { ttlMs: 600, renewEveryMs: 50 },
      async (signal) => {
        while (performance.now() - started < 5_000) {
          signal.throwIfAborted();
          steps += 1;
          await sleep(20);
        }
        return "finished";
      },
    );
    await sleep(100);
    // As if the lease had lapsed unnoticed and another server took it.
    await opened.db.execute(
      sql`update job_leases set holder = 'server-b', expires_at = now() + interval '1 minute' where name = 'stolen'`,
    );
    await expect(run).rejects.toThrow(LeaseLostError);
    await expect(run).rejects.toThrow(/another server holds it/);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(steps).toBeGreaterThan(0);
    expect(await holderOf("stolen")).toBe("server-b");
  });

  it("stops the job when no renewal could be confirmed for a whole lease (database unreachable)", async () => {
    let reachable = true;
    const flaky = {
      execute: (query: Parameters<Db["execute"]>[0]) =>
        reachable ? opened.db.execute(query) : Promise.reject(new Error("connection refused")),
    } as unknown as Db;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const started = performance.now();
      const run = runUnderLease(
        flaky,
        "unreachable",
        "server-a",
        { ttlMs: 300, renewEveryMs: 50 },
        async (signal) => {
          reachable = false;
          while (!signal.aborted) await sleep(10);
          return signal.reason;
        },
      );
      const outcome = await run;
      expect(outcome).toMatchObject({ ran: true, lost: true });
      expect((outcome as { value: unknown }).value).toBeInstanceOf(LeaseLostError);
      expect(String((outcome as { value: Error }).value.message)).toMatch(/not renewed within 300 ms/);
      const elapsed = performance.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(290);
      expect(elapsed).toBeLessThan(1_000);
    } finally {
      warn.mockRestore();
    }
  });
});
