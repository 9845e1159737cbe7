import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { createTestDb } from "@/lib/testing/test-db";
import { RETENTION_RULES, runRetention } from "./run-retention";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

describe("runRetention", () => {
  it("runs every rule against the real schema, and again with nothing left to do", async () => {
    const now = new Date("2026-11-23T08:00:00Z");
    const expected = Object.fromEntries(RETENTION_RULES.map((rule) => [rule.name, 0]));
    expect(await runRetention(opened.db, now)).toEqual(expected);
    expect(await runRetention(opened.db, now)).toEqual(expected);
  });
});
