import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { parkingDisputes, parkingStays } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { endOfShanghaiDay } from "./bill-status";

/**
 * Inside the callback's transaction: what a settled debit of a parking bill means for the bill. Paid
 * (also while disputed: the dispute then returns it to paid), or due by 24:00 today when declined.
 */
export async function settleParkingBill(
  tx: Db,
  stayId: string,
  outcome: "succeeded" | "declined",
  settledAt: Date,
  now: Date,
): Promise<void> {
  if (outcome === "succeeded") {
    await tx
      .update(parkingStays)
      .set({
        paidAt: settledAt,
        status: sql`case when ${parkingStays.status} = 'unpaid' then 'paid' else ${parkingStays.status} end`,
      })
      .where(eq(parkingStays.id, stayId));
    await tx
      .update(parkingDisputes)
      .set({ previousStatus: "paid" })
      .where(and(eq(parkingDisputes.stayId, stayId), eq(parkingDisputes.status, "open")));
  } else {
    await tx
      .update(parkingStays)
      .set({ dueAt: endOfShanghaiDay(now) })
      .where(and(eq(parkingStays.id, stayId), isNull(parkingStays.dueAt)));
  }
}
