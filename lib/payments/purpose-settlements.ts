import "server-only";
import type { PaymentPurpose } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

/** A payment whose debit the provider has just settled, as the purpose's own rule needs it. */
export interface SettledDebit {
  id: string;
  stayId: string | null;
  reservationId: string | null;
  amountFen: number;
}

/**
 * What a settled debit means for one purpose, run inside the callback's transaction; returns the ids of
 * refunds it decided on, to be sent after the commit.
 */
export type SettleDebit = (
  tx: Db,
  payment: SettledDebit,
  outcome: "succeeded" | "declined",
  settledAt: Date,
  now: Date,
) => Promise<string[]>;

// On globalThis: Next may load this module once per bundle, and a purpose registered in one must be found in all.
const REGISTRY_KEY = Symbol.for("citybrain.purposeSettlements");
type RegistryGlobal = typeof globalThis & { [REGISTRY_KEY]?: Map<PaymentPurpose, SettleDebit> };

function registry(): Map<PaymentPurpose, SettleDebit> {
  const global = globalThis as RegistryGlobal;
  global[REGISTRY_KEY] ??= new Map();
  return global[REGISTRY_KEY];
}

/** A service says what a settled debit of its purpose means (lib/payment-purposes.ts wires them all). */
export function registerDebitSettlement(purpose: PaymentPurpose, settle: SettleDebit): void {
  registry().set(purpose, settle);
}

/** The rule for a purpose; a purpose nobody registered is a bug, never a silent success. */
export function debitSettlementFor(purpose: PaymentPurpose): SettleDebit {
  const settle = registry().get(purpose);
  if (!settle) throw new Error(`No settlement is registered for payment purpose "${purpose}"`);
  return settle;
}
