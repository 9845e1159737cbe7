import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import parkingJson from "@/lib/citybrain/sandbox/data/parking.json";
import { serverNow } from "@/lib/clock/server-now";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { shanghaiDate, shanghaiParts } from "@/lib/time";
import { currentBinding } from "./current-binding";
import { type IngestResult, ingestGateEvents, validateGateEvents } from "./gate-events";
import { PlateSchema } from "./plate-format";

export const SandboxVisitInput = z.strictObject({
  plate: PlateSchema,
  lotId: z.string().min(1).max(100),
  entryAt: z.iso.datetime({ offset: true, error: "errors.parking.atInvalid" }),
  exitAt: z.iso.datetime({ offset: true, error: "errors.parking.atInvalid" }).optional(),
});
export type SandboxVisitInput = z.infer<typeof SandboxVisitInput>;

/** Same visit → same ids, so pressing the button twice stores the visit once (as a gate's retry would). */
function eventId(userId: string, input: SandboxVisitInput, direction: "entry" | "exit", at: string) {
  const digest = createHash("sha256")
    .update([userId, input.plate, input.lotId, direction, new Date(at).toISOString()].join("|"))
    .digest("hex");
  return `sandbox-${digest.slice(0, 40)}-${direction}`;
}

/**
 * Sandbox only: records a visit of one of the caller's plates as the gate camera events it would have
 * produced, through the same validation, ingest, pairing and billing as the gate API. The events are
 * ingested as of the visit's last event — as a gate sending in real time would have — so a visit on a
 * past day is billed on that day (and, if it could not be debited, is already overdue).
 */
export async function simulateVisit(
  db: Db,
  userId: string,
  input: SandboxVisitInput,
  now = serverNow(),
): Promise<IngestResult> {
  const binding = await currentBinding(db, userId, input.plate);
  if (!binding) {
    throw new AppError("not_found", "errors.parking.plateNotFound", { values: { plate: input.plate } });
  }
  // Such a visit would be nobody's stay (stays are the holder's from the binding on): say so instead.
  if (new Date(input.entryAt) < binding.boundAt) {
    const { hour, minute } = shanghaiParts(binding.boundAt);
    const since = `${shanghaiDate(binding.boundAt)} ${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
    throw new AppError("unprocessable", "errors.parking.visitBeforeBinding", {
      values: { plate: input.plate, since },
    });
  }
  const raw: { direction: "entry" | "exit"; at: string }[] = [{ direction: "entry", at: input.entryAt }];
  if (input.exitAt) raw.push({ direction: "exit", at: input.exitAt });
  const events = raw.map(({ direction, at }) => ({
    eventId: eventId(userId, input, direction, at),
    lotId: input.lotId,
    plate: input.plate,
    direction,
    at,
  }));
  const { valid, rejected } = validateGateEvents(events, now);
  if (rejected.length > 0) {
    throw new AppError("unprocessable", "errors.validationGeneric", {
      issues: rejected.flatMap((r) => r.issues),
    });
  }
  const last = Math.max(...valid.map((e) => e.at.getTime()));
  return ingestGateEvents(db, valid, { now: new Date(Math.min(last, now.getTime())) });
}

/** A short list of car parks for the sandbox form, in the caller's language. */
export function sandboxVisitLots(locale: Locale, limit = 12): { id: string; name: string }[] {
  return parkingJson.facilities
    .filter((f) => f.type === "OffStreetParking")
    .slice(0, limit)
    .map((f) => ({ id: f.slug, name: locale === "en" ? f.name.en : f.name.zh }));
}
