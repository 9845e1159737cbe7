import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { parkingStays, paymentAgreements, plateBindings } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

export type PayLater = "active" | "suspended" | "none";

/** How far back a newly bound plate's unpaid bills become its owner's (and can suspend pay-later). */
export const INHERITED_BILLS_DAYS = 30;

/**
 * SQL condition: the plate bound by `binding` has an overdue bill its owner answers for. Computed from
 * `now`, so it is right whether or not a job has run.
 */
export function hasOverdueBill(plate: unknown, boundAt: unknown, now: Date) {
  return sql`exists (
    select 1 from ${parkingStays} s
    where s.plate = ${plate} and s.status = 'unpaid' and s.due_at <= ${now.toISOString()}
      and s.exit_at >= ${boundAt} - make_interval(days => ${INHERITED_BILLS_DAYS}))`;
}

/** Pay-later of each plate the user has bound now: none without an agreement, suspended while overdue. */
export async function payLaterByPlate(
  db: Db,
  userId: string,
  now = serverNow(),
): Promise<Map<string, PayLater>> {
  const [agreement] = await db
    .select({ id: paymentAgreements.id })
    .from(paymentAgreements)
    .where(and(eq(paymentAgreements.userId, userId), eq(paymentAgreements.status, "active")))
    .limit(1);
  const rows = await db
    .select({
      plate: plateBindings.plate,
      // Qualified by hand: inside the subquery a bare "plate" would mean the stay's own column.
      overdue: hasOverdueBill(sql`plate_bindings.plate`, sql`plate_bindings.bound_at`, now).mapWith(Boolean),
    })
    .from(plateBindings)
    .where(and(eq(plateBindings.userId, userId), isNull(plateBindings.unboundAt)));
  return new Map(
    rows.map((row) => [row.plate, agreement ? (row.overdue ? "suspended" : "active") : "none"] as const),
  );
}

/** The active owner of each plate, if any. */
export async function ownersOfPlates(db: Db, plates: string[]): Promise<Map<string, string>> {
  if (plates.length === 0) return new Map();
  const rows = await db
    .select({ plate: plateBindings.plate, userId: plateBindings.userId })
    .from(plateBindings)
    .where(and(inArray(plateBindings.plate, plates), isNull(plateBindings.unboundAt)));
  return new Map(rows.map((r) => [r.plate, r.userId]));
}
