import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { createTestDb } from "@/lib/testing/test-db";
import { getOrCreateSetting } from "./app-settings";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

describe("getOrCreateSetting", () => {
  it("creates once and returns the stored value afterwards", async () => {
    const first = await getOrCreateSetting(opened.db, "k1", () => ({ n: 1 }));
    const second = await getOrCreateSetting(opened.db, "k1", () => ({ n: 2 }));
    expect(first).toEqual({ n: 1 });
    expect(second).toEqual({ n: 1 });
  });

  it("gives every concurrent caller the same value", async () => {
    const values = await Promise.all(
      Array.from({ length: 10 }, (_, i) => getOrCreateSetting(opened.db, "k2", () => ({ n: i }))),
    );
    expect(new Set(values.map((v) => v.n)).size).toBe(1);
  });
});
