import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { readSetting, writeSetting } from "@/lib/settings/app-settings";
import { createTestDb } from "@/lib/testing/test-db";
import { readSandboxClock, SANDBOX_CLOCK_SETTING, setSandboxClock } from "./sandbox-clock";
import { clockOffsetMs, setClockOffsetMs } from "./server-now";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());
afterEach(async () => {
  setClockOffsetMs(0);
  await writeSetting(opened.db, SANDBOX_CLOCK_SETTING, 0);
});

const HOUR = 3_600_000;

describe("the sandbox clock, one per deployment", () => {
  it("counts every move when several servers move it forward at once", async () => {
    await setSandboxClock(opened.db, { offsetMs: HOUR });
    await Promise.all(Array.from({ length: 6 }, () => setSandboxClock(opened.db, { advanceMs: HOUR })));
    expect(await readSetting(opened.db, SANDBOX_CLOCK_SETTING)).toBe(7 * HOUR);
    expect(clockOffsetMs()).toBeGreaterThan(HOUR);
  });

  it("moves forward from the deployment's offset, not from this server's stale copy", async () => {
    await writeSetting(opened.db, SANDBOX_CLOCK_SETTING, 5 * HOUR);
    setClockOffsetMs(0);
    const moved = await setSandboxClock(opened.db, { advanceMs: HOUR });
    expect(moved.offsetMs).toBe(6 * HOUR);
    expect(clockOffsetMs()).toBe(6 * HOUR);
  });

  it("never runs more than 400 days ahead", async () => {
    const max = 400 * 24 * HOUR;
    await setSandboxClock(opened.db, { offsetMs: max - HOUR });
    expect((await setSandboxClock(opened.db, { advanceMs: 2 * HOUR })).offsetMs).toBe(max);
  });

  it("reads what another server set", async () => {
    await writeSetting(opened.db, SANDBOX_CLOCK_SETTING, 2 * HOUR);
    expect((await readSandboxClock(opened.db)).offsetMs).toBe(2 * HOUR);
    expect(clockOffsetMs()).toBe(2 * HOUR);
  });
});
