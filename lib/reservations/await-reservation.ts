import "server-only";
import { eq } from "drizzle-orm";
import { parkingReservations } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

type Row = typeof parkingReservations.$inferSelect;
const POLL_MS = 150;

/**
 * The reservation once `until` holds (by default: its fee has settled), or as it stands after `waitMs`. The
 * callback lands in another request, so this reads the database until it shows the outcome.
 */
export async function awaitReservation(
  db: Db,
  id: string,
  waitMs: number,
  until: (row: Row) => boolean = (row) => row.status !== "pending_payment",
): Promise<Row> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const [row] = await db.select().from(parkingReservations).where(eq(parkingReservations.id, id));
    if (until(row!) || Date.now() >= deadline) return row!;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
