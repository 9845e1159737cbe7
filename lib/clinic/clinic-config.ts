import "server-only";
import { env } from "@/lib/env";
import { type CreditService, createSandboxCreditService } from "./credit-score";
import type { CreditPolicy } from "./credit-tiers";
import { type BlindIndexKey, blindIndexKeyFromSecret, keyFromSecret, type SealingKey } from "./sealed-text";

export interface ClinicConfig {
  sealing: SealingKey;
  blindIndex: BlindIndexKey;
  cardSecret: string;
  policy: CreditPolicy;
  credit: CreditService;
  /** Hospitals taking credit charges. */
  pilots: ReadonlySet<string>;
}

let cached: { source: object; config: ClinicConfig } | undefined;

/** The clinic's keys, policy and credit service from this deployment's settings (derived once). */
export function clinicConfig(): ClinicConfig {
  const settings = env();
  if (cached?.source === settings) return cached.config;
  const config: ClinicConfig = {
    sealing: keyFromSecret(settings.CLINIC_DATA_SECRET),
    blindIndex: blindIndexKeyFromSecret(settings.CLINIC_DATA_SECRET),
    cardSecret: settings.CLINIC_CARD_SECRET,
    policy: settings.CLINIC_CREDIT_POLICY,
    // Only the sandbox credit service exists so far (README: what is left for the clinic).
    credit: createSandboxCreditService(`credit:${settings.SANDBOX_SEED}`),
    pilots: new Set(settings.CLINIC_CREDIT_PILOTS.split(",")),
  };
  cached = { source: settings, config };
  return config;
}

/** The HMAC secret a hospital's HIS signs with: its own from HIS_SECRETS, else the shared one. */
export function hisSecretOf(hospitalId: string): string {
  const settings = env();
  for (const pair of settings.HIS_SECRETS?.split(",") ?? []) {
    const colon = pair.indexOf(":");
    if (pair.slice(0, colon) === hospitalId) return pair.slice(colon + 1);
  }
  return settings.HIS_SHARED_SECRET;
}
