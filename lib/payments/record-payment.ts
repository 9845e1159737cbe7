import "server-only";
import { payments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

/** A collection a service decided on, for the provider to be asked once the transaction commits. */
export interface PaymentRecord {
  /** Same key → the same payment; the provider never charges twice for one key. */
  idempotencyKey: string;
  /** A registered purpose (lib/payments/purposes.ts). */
  purpose: string;
  /** What it pays for: at most one live or successful payment per subject. */
  subject: string;
  /** What the provider shows the payer. */
  description: string;
  userId: string;
  /** Debited under this agreement; null for a one-off payment the person confirms at a checkout. */
  agreementId: string | null;
  amountFen: number;
  kind: "auto" | "manual";
  requestedAt: Date;
}

/**
 * Records `requested` payments (an outbox for the provider call), in the caller's transaction. A record whose
 * key was used before, or whose subject already has a live or successful payment, is not written: it is
 * missing from the answer, so two racing requests cannot both collect.
 */
export async function recordPayments(
  tx: Db,
  records: PaymentRecord[],
): Promise<{ id: string; subject: string; idempotencyKey: string }[]> {
  if (records.length === 0) return [];
  return tx
    .insert(payments)
    .values(
      records.map((record) => ({
        ...record,
        method: record.agreementId ? ("agreement" as const) : ("one_off" as const),
        status: "requested" as const,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: payments.id, subject: payments.subject, idempotencyKey: payments.idempotencyKey });
}
