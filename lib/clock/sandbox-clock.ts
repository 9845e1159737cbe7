import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/types";
import { readSetting, writeSetting } from "@/lib/settings/app-settings";
import { clockOffsetMs, serverNow, setClockOffsetMs } from "./server-now";

// The offset is kept in the database, the shared truth, so every app server of a sandbox deployment agrees;
// each process copies it into serverNow() when it changes here and on every refresh.
const SETTING_KEY = "sandbox.clockOffsetMs";
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

/** Sets the sandbox clock for the whole deployment (never before the machine's clock, never past 400 days). */
export async function setSandboxClock(db: Db, input: SandboxClockInput): Promise<SandboxClockState> {
  await refreshSandboxClock(db);
  const offsetMs =
    "offsetMs" in input ? input.offsetMs : Math.min(clockOffsetMs() + input.advanceMs, MAX_OFFSET_MS);
  await writeSetting(db, SETTING_KEY, offsetMs);
  setClockOffsetMs(offsetMs);
  return sandboxClockState();
}

/** Copies the deployment's offset into this process. */
export async function refreshSandboxClock(db: Db): Promise<void> {
  const stored = await readSetting<number>(db, SETTING_KEY);
  setClockOffsetMs(typeof stored === "number" && Number.isFinite(stored) ? stored : 0);
}
