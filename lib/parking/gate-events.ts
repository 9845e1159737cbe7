import "server-only";
import { and, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { serverNow } from "@/lib/clock/server-now";
import { GATE_DIRECTIONS, gateEvents, plateBindings, type VehicleClass } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import type { ErrorIssue } from "@/lib/errors";
import { applyReservationCredits } from "@/lib/reservations/reservation-credit";
import { type ComputeFee, computeFee as defaultComputeFee } from "./fee";
import { lotById } from "./lot-catalogue";
import { pairEvents, type StoredGateEvent } from "./pair-stays";
import { classOfPlate, PlateSchema } from "./plate-format";
import { scheduleAutoDebits } from "./schedule-auto-debits";

export const MAX_BATCH = 500;
/** Late events are still billed by their own time, up to this age. */
export const MAX_EVENT_AGE_MS = 7 * 24 * 60 * 60 * 1000;
/** Gate clocks drift; beyond this an event time is a mistake. */
export const MAX_EVENT_FUTURE_MS = 5 * 60 * 1000;

export const GateBatch = z.strictObject({ events: z.array(z.unknown()).min(1).max(MAX_BATCH) });

const GateEvent = z.strictObject({
  // Control characters (NUL above all) cannot be stored in text columns: refuse them as malformed.
  eventId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^\P{Cc}+$/u),
  lotId: z
    .string()
    .min(1)
    .max(100)
    .refine((id) => lotById(id) !== undefined, { error: "errors.parking.unknownLot" }),
  plate: PlateSchema,
  direction: z.enum(GATE_DIRECTIONS),
  at: z.iso.datetime({ offset: true, error: "errors.parking.atInvalid" }),
});

export interface RejectedEvent {
  index: number;
  eventId?: string;
  issues: ErrorIssue[];
}

/** Splits a batch into events to store and the malformed ones (by index, with what is wrong). */
export function validateGateEvents(
  events: unknown[],
  now = serverNow(),
): { valid: StoredGateEvent[]; rejected: RejectedEvent[] } {
  const valid: StoredGateEvent[] = [];
  const rejected: RejectedEvent[] = [];
  events.forEach((raw, index) => {
    const eventId =
      typeof raw === "object" && raw && typeof (raw as { eventId?: unknown }).eventId === "string"
        ? ((raw as { eventId: string }).eventId as string).slice(0, 64).replace(/\p{Cc}/gu, "")
        : undefined;
    const parsed = GateEvent.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({
        ...issue,
        path: ["events", index, ...issue.path].join("."),
      }));
      rejected.push({ index, eventId, issues: issues as unknown as ErrorIssue[] });
      return;
    }
    const at = new Date(parsed.data.at);
    if (Number.isNaN(at.getTime())) {
      rejected.push({
        index,
        eventId,
        issues: [{ path: `events.${index}.at`, message: "errors.parking.atInvalid" }],
      });
      return;
    }
    const age = now.getTime() - at.getTime();
    const late = age > MAX_EVENT_AGE_MS ? "errors.parking.eventTooOld" : null;
    const early = -age > MAX_EVENT_FUTURE_MS ? "errors.parking.eventInFuture" : null;
    if (late || early) {
      rejected.push({ index, eventId, issues: [{ path: `events.${index}.at`, message: (late ?? early)! }] });
      return;
    }
    valid.push({ ...parsed.data, at });
  });
  return { valid, rejected };
}

export interface IngestResult {
  /** Events stored now. */
  accepted: number;
  /** Events already stored (or repeated within the batch): changed nothing. */
  duplicates: number;
  /** Bills created now with a fee to collect. */
  billedStayIds: string[];
  /** Automatic debits to send to the provider (after the transaction). */
  paymentIds: string[];
}

/**
 * Stores gate events once each (by eventId) and pairs the new ones into stays and bills, all in one
 * transaction. Each lot+plate timeline is paired under a transaction-scoped advisory lock taken in a fixed
 * order, so concurrent batches neither pair the same timeline at once nor deadlock.
 */
export async function ingestGateEvents(
  db: Db,
  events: StoredGateEvent[],
  options: { now?: Date; computeFee?: ComputeFee } = {},
): Promise<IngestResult> {
  const now = options.now ?? serverNow();
  const unique = [...new Map(events.map((e) => [e.eventId, e])).values()];
  // A fixed insert order: two batches with the same events wait on each other instead of deadlocking.
  unique.sort((a, b) => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0));
  const result = await db.transaction(async (tx) => {
    const inserted: StoredGateEvent[] = [];
    for (let i = 0; i < unique.length; i += 250) {
      const rows = await tx
        .insert(gateEvents)
        .values(unique.slice(i, i + 250).map((e) => ({ ...e, receivedAt: now })))
        .onConflictDoNothing({ target: gateEvents.eventId })
        .returning({
          eventId: gateEvents.eventId,
          lotId: gateEvents.lotId,
          plate: gateEvents.plate,
          direction: gateEvents.direction,
          at: gateEvents.at,
        });
      inserted.push(...rows);
    }
    if (inserted.length === 0) return { accepted: 0, billedStayIds: [], paymentIds: [] };

    const timelines = new Map<string, StoredGateEvent[]>();
    for (const e of inserted) {
      const key = `${e.lotId}|${e.plate}`;
      timelines.set(key, [...(timelines.get(key) ?? []), e]);
    }
    const keys = [...timelines.keys()].sort();
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('pair:' || k, 0))
      from (values ${sql.join(
        keys.map((k) => sql`(${k})`),
        sql`, `,
      )}) as t(k)`);

    const classes = await vehicleClasses(tx, [...new Set(inserted.map((e) => e.plate))]);
    const ctx = {
      now,
      computeFee: options.computeFee ?? defaultComputeFee,
      vehicleClassOf: (plate: string) => classes.get(plate) ?? classOfPlate(plate) ?? "small",
    };
    // Timelines with one new event are paired together; a timeline with several is walked in time order.
    const single = keys.filter((k) => timelines.get(k)!.length === 1).map((k) => timelines.get(k)![0]!);
    const billedStayIds = await pairEvents(tx, single, ctx);
    for (const key of keys) {
      const timeline = timelines.get(key)!;
      if (timeline.length === 1) continue;
      timeline.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.eventId < b.eventId ? -1 : 1));
      for (const e of timeline) billedStayIds.push(...(await pairEvents(tx, [e], ctx)));
    }
    await applyReservationCredits(tx, billedStayIds, now);
    const paymentIds = await scheduleAutoDebits(tx, billedStayIds, now);
    return { accepted: inserted.length, billedStayIds, paymentIds };
  });
  return { ...result, duplicates: events.length - result.accepted };
}

async function vehicleClasses(tx: Db, plates: string[]): Promise<Map<string, VehicleClass>> {
  const rows = await tx
    .select({ plate: plateBindings.plate, vehicleClass: plateBindings.vehicleClass })
    .from(plateBindings)
    .where(and(inArray(plateBindings.plate, plates), isNull(plateBindings.unboundAt)));
  return new Map(rows.map((r) => [r.plate, r.vehicleClass]));
}
