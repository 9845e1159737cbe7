import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { plateBindings } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

/** This account's live binding of a plate (id and since when), or undefined when it holds no such plate. */
export async function currentBinding(
  db: Pick<Db, "select">,
  userId: string,
  plate: string,
): Promise<{ id: string; boundAt: Date } | undefined> {
  const [binding] = await db
    .select({ id: plateBindings.id, boundAt: plateBindings.boundAt })
    .from(plateBindings)
    .where(
      and(eq(plateBindings.userId, userId), eq(plateBindings.plate, plate), isNull(plateBindings.unboundAt)),
    );
  return binding;
}
