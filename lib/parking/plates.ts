import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { plateBindings, type VehicleClass } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { type PayLater, payLaterByPlate } from "./pay-later";
import { classOfPlate, PlateSchema, VehicleClassSchema } from "./plate-format";

export const MAX_PLATES = 3;

export const BindPlateInput = z.strictObject({ plate: PlateSchema, vehicleClass: VehicleClassSchema });
export type BindPlateInput = z.infer<typeof BindPlateInput>;

export interface BoundPlate {
  plate: string;
  vehicleClass: VehicleClass;
  payLater: PayLater;
}

/** The plates the user has bound now, oldest first, with their pay-later status. */
export async function listPlates(db: Db, userId: string, now = new Date()): Promise<BoundPlate[]> {
  const rows = await db
    .select({ plate: plateBindings.plate, vehicleClass: plateBindings.vehicleClass })
    .from(plateBindings)
    .where(and(eq(plateBindings.userId, userId), isNull(plateBindings.unboundAt)))
    .orderBy(asc(plateBindings.boundAt));
  const payLater = await payLaterByPlate(db, userId, now);
  return rows.map((row) => ({ ...row, payLater: payLater.get(row.plate) ?? "none" }));
}

/**
 * Binds a plate to the user (at most 3; one owner per plate). Binding a plate the user already has is
 * a no-op that reports `created: false`.
 */
export async function bindPlate(
  db: Db,
  userId: string,
  input: BindPlateInput,
  now = new Date(),
): Promise<{ plate: BoundPlate; created: boolean }> {
  const implied = classOfPlate(input.plate);
  if (implied && implied !== input.vehicleClass) {
    throw new AppError("unprocessable", `errors.parking.vehicleClassMismatch.${implied}`, {
      values: { plate: input.plate },
    });
  }
  const created = await db.transaction(async (tx) => {
    // Serialises one person's bindings, so two requests cannot both take the third slot.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`plates:user:${userId}`}, 0))`);
    const active = await tx
      .select({ plate: plateBindings.plate, userId: plateBindings.userId })
      .from(plateBindings)
      .where(and(eq(plateBindings.userId, userId), isNull(plateBindings.unboundAt)));
    if (active.some((row) => row.plate === input.plate)) return false;
    if (active.length >= MAX_PLATES) {
      throw new AppError("conflict", "errors.parking.plateLimit", { values: { max: MAX_PLATES } });
    }
    const [inserted] = await tx
      .insert(plateBindings)
      .values({ plate: input.plate, userId, vehicleClass: input.vehicleClass, boundAt: now })
      .onConflictDoNothing({ target: plateBindings.plate, where: isNull(plateBindings.unboundAt) })
      .returning({ id: plateBindings.id });
    if (!inserted) {
      throw new AppError("conflict", "errors.parking.plateTaken", { values: { plate: input.plate } });
    }
    return true;
  });
  const plates = await listPlates(db, userId, now);
  return { plate: plates.find((p) => p.plate === input.plate)!, created };
}

/** Ends the user's binding of a plate; 404 when the user has not bound it. */
export async function unbindPlate(db: Db, userId: string, plate: string, now = new Date()): Promise<void> {
  const ended = await db
    .update(plateBindings)
    .set({ unboundAt: now })
    .where(
      and(eq(plateBindings.userId, userId), eq(plateBindings.plate, plate), isNull(plateBindings.unboundAt)),
    )
    .returning({ id: plateBindings.id });
  if (ended.length === 0) throw new AppError("not_found", "errors.parking.plateNotFound");
}
