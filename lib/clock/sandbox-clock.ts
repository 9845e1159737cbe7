import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/types";
import { readSetting, writeSetting } from "@/lib/settings/app-settings";
import { clockOffsetMs, serverNow, setClockOffsetMs } from "./server-now";

// The offset is kept in the database, the shared truth, so every app server of a sandbox deployment agrees;
// each process copies it into serverNow() when it changes here and on every refresh.
export const SANDBOX_CLOCK_SETTING = "sandbox.clockOffsetMs";
const MAX_OFFSET_MS = 400 * 24 * 60 * 60 * 1000;

/** PUT /api/sandbox/clock: set the offset, or move the clock forward by some milliseconds. */
export const SandboxClockInput = z.union([
  z.object({ offsetMs: z.number().int().min(0).max(MAX_OFFSET_MS) }).strict(),
  z.object({ advanceMs: z.number().int().min(0).max(MAX_OFFSET_MS) }).strict(),
]);
export type SandboxClockInput = z.infer<typeof SandboxClockInput>;

export interface SandboxClockState {
  offsetMs: number;
  now: string;
}

/** The clock as this process sees it. */
export function sandboxClockState(): SandboxClockState {
  return { offsetMs: clockOffsetMs(), now: serverNow().toISOString() };
}

/** The deployment's sandbox clock, read from the database (as another server may just have moved it). */
export async function readSandboxClock(db: Db): Promise<SandboxClockState> {
  await refreshSandboxClock(db);
  return sandboxClockState();
}

/** Sets the sandbox clock for the whole deployment (never before the machine's clock, never past 400 days). */
export async function setSandboxClock(db: Db, input: SandboxClockInput): Promise<SandboxClockState> {
  let offsetMs: number;
  if ("offsetMs" in input) {
    offsetMs = input.offsetMs;
    await writeSetting(db, SANDBOX_CLOCK_SETTING, offsetMs);
  } else {
    offsetMs = await advanceStoredOffset(db, input.advanceMs);
  }
  setClockOffsetMs(offsetMs);
  return sandboxClockState();
}

// One statement, not read-then-write: two servers moving the clock forward at once must both count.
async function advanceStoredOffset(db: Db, advanceMs: number): Promise<number> {
  const result = await db.execute(sql`
    insert into app_settings (key, value)
    values (${SANDBOX_CLOCK_SETTING}, to_jsonb(least(${advanceMs}::bigint, ${MAX_OFFSET_MS}::bigint)))
    on conflict (key) do update set value = to_jsonb(least(
      case when jsonb_typeof(app_settings.value) = 'number'
        then floor((app_settings.value #>> '{}')::numeric)::bigint else 0 end + ${advanceMs}::bigint,
      ${MAX_OFFSET_MS}::bigint))
    returning (value #>> '{}')::bigint as offset_ms`);
  return Number((result as unknown as { rows: { offset_ms: number | string }[] }).rows[0]?.offset_ms);
}

/** Copies the deployment's offset into this process. */
export async function refreshSandboxClock(db: Db): Promise<void> {
  const stored = await readSetting<number>(db, SANDBOX_CLOCK_SETTING);
  setClockOffsetMs(typeof stored === "number" && Number.isFinite(stored) ? stored : 0);
}
