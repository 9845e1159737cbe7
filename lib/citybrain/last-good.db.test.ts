import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { AppError } from "@/lib/errors";
import { createTestDb } from "@/lib/testing/test-db";
import { readFeed } from "./last-good";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

const item = (observedAt: string, value: number) => ({ observedAt, value });
const failing = () => Promise.reject(new Error("upstream down"));
const slow = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe("readFeed", () => {
  it("answers 503 when upstream fails and nothing was ever stored", async () => {
    const error = await readFeed(opened.db, "never", failing).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(503);
  });

  it("serves fresh data, then the stored copy marked stale when upstream fails", async () => {
    const items = [item("2026-11-23T08:00:00Z", 1), item("2026-11-23T08:05:00Z", 2)];
    const fresh = await readFeed(opened.db, "f1", async () => items);
    expect(fresh).toEqual({ items, asOf: "2026-11-23T08:05:00.000Z", stale: false });
    await new Promise((r) => setTimeout(r, 50)); // the store runs after the answer
    const stale = await readFeed(opened.db, "f1", failing);
    expect(stale).toEqual({ items, asOf: "2026-11-23T08:05:00.000Z", stale: true });
  });

  it("falls back within the deadline when upstream is slow, and stores the late answer", async () => {
    await readFeed(opened.db, "f2", async () => [item("2026-11-23T07:00:00Z", 1)]);
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    const answer = await readFeed(opened.db, "f2", () => slow([item("2026-11-23T09:00:00Z", 9)], 400), {
      deadlineMs: 100,
      storeEveryMs: 0,
    });
    expect(Date.now() - started).toBeLessThan(350);
    expect(answer.stale).toBe(true);
    expect(answer.asOf).toBe("2026-11-23T07:00:00.000Z");
    await new Promise((r) => setTimeout(r, 500));
    const later = await readFeed(opened.db, "f2", failing);
    expect(later.asOf).toBe("2026-11-23T09:00:00.000Z");
  });
});
