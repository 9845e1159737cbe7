import "server-only";
import { and, eq, gt, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { serverNow } from "@/lib/clock/server-now";
import { plateBindings } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { currentBinding } from "./current-binding";
import { PlateSchema } from "./plate-format";

/** How far back the sandbox lets a binding move: the gates accept events up to 7 days old. */
const MAX_BACKDATE_MS = 7 * 24 * 60 * 60 * 1000;

export const BackdateBindingInput = z.strictObject({
  plate: PlateSchema,
  boundAt: z.iso.datetime({ offset: true, error: "errors.parking.atInvalid" }),
});
export type BackdateBindingInput = z.infer<typeof BackdateBindingInput>;

/**
 * Sandbox only: moves the caller's current binding of a plate back to `boundAt`, so a journey can bill a
 * stay that entered hours ago without waiting hours (stays are the holder's only from the binding on).
 * Never across another binding of the plate, so even the sandbox cannot show anyone a stay from while
 * someone else held it.
 */
export async function backdateBinding(
  db: Db,
  userId: string,
  input: BackdateBindingInput,
  now = serverNow(),
): Promise<{ plate: string; boundAt: string }> {
  const boundAt = new Date(input.boundAt);
  return db.transaction(async (tx) => {
    // The same lock as a claim of this plate (lib/parking/plates.ts), so the two never interleave.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`plates:plate:${input.plate}`}, 0))`,
    );
    const binding = await currentBinding(tx, userId, input.plate);
    if (!binding) throw new AppError("not_found", "errors.parking.plateNotFound");
    if (boundAt > binding.boundAt || boundAt.getTime() < now.getTime() - MAX_BACKDATE_MS) {
      throw new AppError("unprocessable", "errors.parking.backdateRange");
    }
    const [overlap] = await tx
      .select({ unboundAt: plateBindings.unboundAt })
      .from(plateBindings)
      .where(
        and(
          eq(plateBindings.plate, input.plate),
          ne(plateBindings.id, binding.id),
          gt(plateBindings.unboundAt, boundAt),
        ),
      )
      .limit(1);
    if (overlap)
      throw new AppError("conflict", "errors.parking.backdateOverlap", { values: { plate: input.plate } });
    await tx.update(plateBindings).set({ boundAt }).where(eq(plateBindings.id, binding.id));
    return { plate: input.plate, boundAt: boundAt.toISOString() };
  });
}
