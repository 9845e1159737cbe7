import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { parkingStays, paymentAgreements, plateBindings } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { heldAtEntry } from "./plate-holder";

export type PayLater = "active" | "suspended" | "none";

/**
 * SQL condition: `userId` has an overdue bill for `plate` — one of a stay that entered while they held it.
 * Computed from `now`, so it is right whether or not a job has run.
 */
export function hasOverdueBill(plate: unknown, userId: unknown, now: Date) {
  return sql`exists (
    select 1 from ${parkingStays} os
    join plate_bindings oh on oh.user_id = ${userId} and ${heldAtEntry("oh", "os")}
    where os.plate = ${plate} and os.status = 'unpaid' and os.due_at <= ${now.toISOString()})`;
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
      overdue: hasOverdueBill(sql`plate_bindings.plate`, sql`plate_bindings.user_id`, now).mapWith(Boolean),
    })
    .from(plateBindings)
    .where(and(eq(plateBindings.userId, userId), isNull(plateBindings.unboundAt)));
  return new Map(
    rows.map((row) => [row.plate, agreement ? (row.overdue ? "suspended" : "active") : "none"] as const),
  );
}
