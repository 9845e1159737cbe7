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
/** Waits for something to happen, however long this machine takes (the test's timeout bounds it). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await sleep(5);
}

async function holderOf(job: string): Promise<string | undefined> {
  const result = await opened.db.execute(sql`select holder from job_leases where name = ${job}`);
  return (result as unknown as { rows: { holder: string }[] }).rows[0]?.holder;
}

describe("job leases", () => {
  it("lets one holder run a job until the lease expires by the database's clock, then another", async () => {
    expect(await acquireLease(opened.db, "history", "server-a", 60_000)).toBe(true);
    expect(await acquireLease(opened.db, "history", "server-b", 60_000)).toBe(false);
    expect(await acquireLease(opened.db, "history", "server-a", 60_000)).toBe(true);
    // The lease runs out by the database's clock (moved, not slept through: a busy machine cannot blur it).
    await opened.db.execute(
      sql`update job_leases set expires_at = now() - interval '1 second' where name = 'history'`,
    );
    expect(await acquireLease(opened.db, "history", "server-b", 60_000)).toBe(true);
    expect(await acquireLease(opened.db, "history", "server-a", 60_000)).toBe(false);
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
      { ttlMs: 3_000, renewEveryMs: 300 },
      async () => {
        // 4 s of work under a 3 s lease; a renewal would have to be 2.7 s late to lose it, even on a busy machine.
        for (let i = 0; i < 10; i++) {
          await sleep(400);
          otherWon ||= await acquireLease(opened.db, "long", "server-b", 3_000);
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
    const run = runUnderLease(
      opened.db,
      "stolen",
      "server-a",
      // The lease's own clock stands still: only another holder can end it, however late a renewal comes.
      { ttlMs: 600, renewEveryMs: 20, clock: () => 0 },
      async (signal) => {
        // Left alone it would never finish: only the abort ends it.
        for (;;) {
          signal.throwIfAborted();
          steps += 1;
          await sleep(10);
        }
      },
    );
    await until(() => steps > 0);
    // As if the lease had lapsed unnoticed and another server took it.
    await opened.db.execute(
      sql`update job_leases set holder = 'server-b', expires_at = now() + interval '1 minute' where name = 'stolen'`,
    );
    await expect(run).rejects.toThrow(LeaseLostError);
    await expect(run).rejects.toThrow(/another server holds it/);
    expect(await holderOf("stolen")).toBe("server-b");
  });

  it("stops the job when no renewal could be confirmed for a whole lease (database unreachable)", async () => {
    let reachable = true;
    let failedRenewals = 0;
    const flaky = {
      execute: (query: Parameters<Db["execute"]>[0]) => {
        if (reachable) return opened.db.execute(query);
        failedRenewals += 1;
        return Promise.reject(new Error("connection refused"));
      },
    } as unknown as Db;
    // The lease's time is this clock, which the test moves: how fast this machine ticks cannot change the outcome.
    let clockMs = 0;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const outcome = await runUnderLease(
        flaky,
        "unreachable",
        "server-a",
        { ttlMs: 300, renewEveryMs: 10, clock: () => clockMs },
        async (signal) => {
          reachable = false;
          await until(() => failedRenewals >= 2);
          // A millisecond short of a whole lease unconfirmed: renewals keep failing, the job goes on.
          clockMs = 299;
          const failedBefore = failedRenewals;
          await until(() => signal.aborted || failedRenewals >= failedBefore + 2);
          expect(signal.aborted).toBe(false);
          // A whole lease without a confirmed renewal: the next tick stops the job.
          clockMs = 300;
          await until(() => signal.aborted);
          return signal.reason;
        },
      );
      expect(outcome).toMatchObject({ ran: true, lost: true });
      expect((outcome as { value: unknown }).value).toBeInstanceOf(LeaseLostError);
      expect(String((outcome as { value: Error }).value.message)).toMatch(/not renewed within 300 ms/);
    } finally {
      warn.mockRestore();
    }
  });
});
