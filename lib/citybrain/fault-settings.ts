import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";

/** Sandbox fault knobs: how badly the simulated upstream behaves (for resilience tests and demos). */
export const FaultSettings = z
  .object({
    errorRate: z.number().min(0).max(1),
    latencyMs: z.number().int().min(0).max(60_000),
    malformedRate: z.number().min(0).max(1),
  })
  .strict();
export type FaultSettings = z.infer<typeof FaultSettings>;

const globalFaults = globalThis as unknown as { __cityBrainFaults?: FaultSettings };

/** Current knobs of this server: the env defaults until an operator changes them through the sandbox route. */
export function currentFaults(): FaultSettings {
  globalFaults.__cityBrainFaults ??= {
    errorRate: env().SANDBOX_FAULT_ERROR_RATE,
    latencyMs: env().SANDBOX_FAULT_LATENCY_MS,
    malformedRate: env().SANDBOX_FAULT_MALFORMED_RATE,
  };
  return globalFaults.__cityBrainFaults;
}

export function setFaults(next: FaultSettings): FaultSettings {
  globalFaults.__cityBrainFaults = next;
  return next;
}

/** The knobs exist only where the city itself is simulated. */
export function faultKnobsAvailable(): boolean {
  return env().APP_ENV === "sandbox" && env().CITYBRAIN_SOURCE === "sandbox";
}
