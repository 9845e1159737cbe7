import "server-only";
import type { Db } from "@/lib/db/types";

/** A payment whose debit the provider has just settled, as a purpose's rules need it. */
export interface SettledPayment {
  id: string;
  purpose: string;
  /** What it pays for, as the purpose named it when recording it ("parking_bill:{stay id}"). */
  subject: string;
  userId: string | null;
  amountFen: number;
  /** auto: collected because it fell due (a deadline debit); manual: the person pressed Pay. */
  kind: "auto" | "manual";
}

/** A refund the provider has just paid out. */
export interface SettledRefund {
  paymentId: string;
  reason: string;
  amountFen: number;
  settledAt: Date;
}

/** What a service's payments mean: payments runs these and knows nothing else of the service. */
export interface PaymentPurposeRules {
  /**
   * Inside the callback's transaction: what a settled debit means for what it paid (a bill paid, a
   * reservation confirmed); returns the ids of refunds it decided on, sent after the commit.
   */
  settle(
    tx: Db,
    payment: SettledPayment,
    outcome: "succeeded" | "declined",
    settledAt: Date,
    now: Date,
  ): Promise<string[]>;
  /** Inside the callback's transaction: a refund of one of its payments was paid out. */
  refunded?(tx: Db, refund: SettledRefund): Promise<void>;
  /** After the commit: tell the people concerned (notices); failures here never undo the books. */
  afterSettled?(db: Db, paymentId: string): Promise<void>;
}

// On globalThis: Next may load this module once per bundle, and a purpose registered in one must be found in all.
const REGISTRY_KEY = Symbol.for("citybrain.paymentPurposes");
type RegistryGlobal = typeof globalThis & { [REGISTRY_KEY]?: Map<string, PaymentPurposeRules> };

function registry(): Map<string, PaymentPurposeRules> {
  const global = globalThis as RegistryGlobal;
  global[REGISTRY_KEY] ??= new Map();
  return global[REGISTRY_KEY];
}

/** A service says what its payments mean (lib/payment-purposes.ts wires every service's). */
export function registerPaymentPurpose(purpose: string, rules: PaymentPurposeRules): void {
  registry().set(purpose, rules);
}

/** The rules of a purpose; a purpose nobody registered is a bug, never a silent success. */
export function paymentPurpose(purpose: string): PaymentPurposeRules {
  const rules = registry().get(purpose);
  if (!rules) throw new Error(`No rules are registered for payment purpose "${purpose}"`);
  return rules;
}
