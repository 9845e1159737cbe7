import "server-only";
import type { Db } from "@/lib/db/types";
import { notifyUser } from "@/lib/push/notify";

/**
 * Tells the previous holder that another account proved the vehicle licence and took the plate (push +
 * inbox, once per ended binding). A failure is logged, never thrown: the claim has already happened.
 */
export async function notifyPlateClaimed(
  db: Db,
  ended: { id: string; userId: string },
  plate: string,
  now: Date,
): Promise<void> {
  try {
    await notifyUser(db, ended.userId, {
      topic: "parking.plate-claimed",
      dedupeKey: `parking:plate-claimed:${ended.id}`,
      message: { key: "vehicles.notices.plateClaimed", values: { plate } },
      url: "/me/vehicles",
      now,
    });
  } catch (error) {
    console.error(`[parking] could not tell the previous holder of ${plate} about the claim`, error);
  }
}
