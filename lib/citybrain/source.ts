import "server-only";
import { env } from "@/lib/env";
import { currentFaults } from "./fault-settings";
import { withFaults } from "./faults";
import { createNgsiLdSource } from "./ngsi-ld";
import { type ResilientSource, withResilience } from "./resilience";
import { createSandboxCity } from "./sandbox";
import type { CityBrainSource } from "./types";

const globalSource = globalThis as unknown as { __cityBrain?: ResilientSource };

/**
 * The city's feeds for this server: the built-in sandbox city (with its fault knobs) or the city's
 * NGSI-LD broker — either way behind the same timeout, retry and circuit-breaker policy.
 */
export function cityBrain(): ResilientSource {
  globalSource.__cityBrain ??= withResilience(upstream(), { timeoutMs: env().CITYBRAIN_TIMEOUT_MS });
  return globalSource.__cityBrain;
}

function upstream(): CityBrainSource {
  const config = env();
  if (config.CITYBRAIN_SOURCE === "ngsi-ld" && config.CITYBRAIN_URL) {
    return createNgsiLdSource({ baseUrl: config.CITYBRAIN_URL });
  }
  const lots = config.SANDBOX_PARKING_LOTS;
  const scale = lots ? { lots, berths: config.SANDBOX_PARKING_BERTHS ?? lots * 100 } : undefined;
  return withFaults(createSandboxCity({ seed: config.SANDBOX_SEED, scale }), currentFaults);
}
