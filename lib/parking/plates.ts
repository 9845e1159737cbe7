import "server-only";
import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { serverNow } from "@/lib/clock/server-now";
import { plateBindings, type VehicleClass } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { verifyVehicleLicence } from "./licence-check";
import { type PayLater, payLaterByPlate } from "./pay-later";
import { classOfPlate, PlateSchema, VehicleClassSchema } from "./plate-format";
import { notifyPlateClaimed } from "./plate-notices";
import { type VehicleLicenceService, vehicleLicenceFromEnv } from "./vehicle-licence";
import { OwnerNameSchema, VinLast6Schema } from "./vehicle-licence/types";

export const MAX_PLATES = 3;

/** A binding proves the car: the plate with the owner's name and VIN tail from its vehicle licence (行驶证). */
export const BindPlateInput = z.strictObject({
  plate: PlateSchema,
  vehicleClass: VehicleClassSchema,
  ownerName: OwnerNameSchema,
  vinLast6: VinLast6Schema,
});
export type BindPlateInput = z.infer<typeof BindPlateInput>;

export interface BoundPlate {
  plate: string;
  vehicleClass: VehicleClass;
  payLater: PayLater;
}

/** The plates the user has bound now, oldest first, with their pay-later status. */
export async function listPlates(db: Db, userId: string, now = serverNow()): Promise<BoundPlate[]> {
  const rows = await db
    .select({ plate: plateBindings.plate, vehicleClass: plateBindings.vehicleClass })
    .from(plateBindings)
    .where(and(eq(plateBindings.userId, userId), isNull(plateBindings.unboundAt)))
    .orderBy(asc(plateBindings.boundAt));
  const payLater = await payLaterByPlate(db, userId, now);
  return rows.map((row) => ({ ...row, payLater: payLater.get(row.plate) ?? "none" }));
}

/**
 * Binds a plate to the user once the vehicle-licence check passes (at most 3 plates; one holder per plate).
 * A plate held by another account is claimed: that binding ends now and its holder is told. Binding a plate
 * the user already has is a no-op that reports `created: false`. Stays are the user's from `now` on.
 */
export async function bindPlate(
  db: Db,
  userId: string,
  input: BindPlateInput,
  /** For tests; by default the server's now, and the licence-check limit counts by the database's clock. */
  asOf?: Date,
  licence: VehicleLicenceService = vehicleLicenceFromEnv(),
): Promise<{ plate: BoundPlate; created: boolean; claimed: boolean }> {
  const now = asOf ?? serverNow();
  const implied = classOfPlate(input.plate);
  if (implied && implied !== input.vehicleClass) {
    throw new AppError("unprocessable", `errors.parking.vehicleClassMismatch.${implied}`, {
      values: { plate: input.plate },
    });
  }
  const already = async () => (await listPlates(db, userId, now)).find((p) => p.plate === input.plate);
  const current = await listPlates(db, userId, now);
  const held = current.find((p) => p.plate === input.plate);
  if (held) return { plate: held, created: false, claimed: false };
  // Refused before the licence check, so a full account does not spend a check (re-checked under the lock).
  if (current.length >= MAX_PLATES) {
    throw new AppError("conflict", "errors.parking.plateLimit", { values: { max: MAX_PLATES } });
  }

  const { plate, ownerName, vinLast6 } = input;
  await verifyVehicleLicence(db, userId, { plate, ownerName, vinLast6 }, licence, asOf);

  const outcome = await db.transaction(async (tx) => {
    // The user's lock serialises their bindings (two requests cannot both take the third slot); the plate's
    // lock serialises claims on it. Always in this order, and one plate per transaction: no deadlock.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`plates:user:${userId}`}, 0))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`plates:plate:${plate}`}, 0))`);
    const active = await tx
      .select({ plate: plateBindings.plate })
      .from(plateBindings)
      .where(and(eq(plateBindings.userId, userId), isNull(plateBindings.unboundAt)));
    if (active.some((row) => row.plate === plate)) return { created: false, ended: [] };
    if (active.length >= MAX_PLATES) {
      throw new AppError("conflict", "errors.parking.plateLimit", { values: { max: MAX_PLATES } });
    }
    const ended = await tx
      .update(plateBindings)
      .set({ unboundAt: now, endReason: "claimed" })
      .where(
        and(
          eq(plateBindings.plate, plate),
          isNull(plateBindings.unboundAt),
          ne(plateBindings.userId, userId),
        ),
      )
      .returning({ id: plateBindings.id, userId: plateBindings.userId });
    const [inserted] = await tx
      .insert(plateBindings)
      .values({ plate, userId, vehicleClass: input.vehicleClass, boundAt: now })
      .onConflictDoNothing({ target: plateBindings.plate, where: isNull(plateBindings.unboundAt) })
      .returning({ id: plateBindings.id });
    if (!inserted) throw new AppError("conflict", "errors.parking.plateTaken", { values: { plate } });
    return { created: true, ended };
  });
  // After the commit: the notice pushes over the network, and the claim stands whatever happens to it.
  for (const binding of outcome.ended) await notifyPlateClaimed(db, binding, plate, now);
  return { plate: (await already())!, created: outcome.created, claimed: outcome.ended.length > 0 };
}

/** Ends the user's binding of a plate; 404 when the user has not bound it. */
export async function unbindPlate(db: Db, userId: string, plate: string, now = serverNow()): Promise<void> {
  const ended = await db
    .update(plateBindings)
    .set({ unboundAt: now, endReason: "unbound" })
    .where(
      and(eq(plateBindings.userId, userId), eq(plateBindings.plate, plate), isNull(plateBindings.unboundAt)),
    )
    .returning({ id: plateBindings.id });
  if (ended.length === 0) throw new AppError("not_found", "errors.parking.plateNotFound");
}
