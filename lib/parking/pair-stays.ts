import "server-only";
import { eq, sql } from "drizzle-orm";
import { parkingStays, type StayStatus, type VehicleClass } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { billStay } from "./bill-stay";
import type { ComputeFee } from "./fee";

export interface StoredGateEvent {
  eventId: string;
  lotId: string;
  plate: string;
  direction: "entry" | "exit";
  at: Date;
}

export interface PairingContext {
  now: Date;
  computeFee: ComputeFee;
  vehicleClassOf: (plate: string) => VehicleClass;
}

interface Neighbour {
  side: "prev" | "next";
  direction: "entry" | "exit";
  at: Date;
  stayId: string | null;
  stayStatus: StayStatus | null;
  stayHasEntry: boolean;
  stayHasExit: boolean;
}

// Both neighbours of an event in its lot+plate timeline, ordered by (at, eventId), with the stay each
// already belongs to. An event of this batch not yet paired has no stay and is ignored by the rules.
async function neighbours(tx: Db, e: StoredGateEvent): Promise<{ prev?: Neighbour; next?: Neighbour }> {
  const at = e.at.toISOString();
  const columns = sql`g.direction, g.at, coalesce(se.id, sx.id) as stay_id,
    coalesce(se.status, sx.status) as stay_status,
    coalesce(se.entry_event_id, sx.entry_event_id) is not null as stay_has_entry,
    coalesce(se.exit_event_id, sx.exit_event_id) is not null as stay_has_exit`;
  const stayJoin = sql`
    left join parking_stays se on g.direction = 'entry' and se.entry_event_id = g.event_id
    left join parking_stays sx on g.direction = 'exit' and sx.exit_event_id = g.event_id`;
  const result = await tx.execute(sql`
    (select 'prev' as side, ${columns} from gate_events g ${stayJoin}
      where g.lot_id = ${e.lotId} and g.plate = ${e.plate} and (g.at, g.event_id) < (${at}::timestamptz, ${e.eventId})
      order by g.at desc, g.event_id desc limit 1)
    union all
    (select 'next' as side, ${columns} from gate_events g ${stayJoin}
      where g.lot_id = ${e.lotId} and g.plate = ${e.plate} and (g.at, g.event_id) > (${at}::timestamptz, ${e.eventId})
      order by g.at asc, g.event_id asc limit 1)`);
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  const found: { prev?: Neighbour; next?: Neighbour } = {};
  for (const row of rows) {
    const n: Neighbour = {
      side: row.side as Neighbour["side"],
      direction: row.direction as Neighbour["direction"],
      at: new Date(row.at as string),
      stayId: (row.stay_id as string | null) ?? null,
      stayStatus: (row.stay_status as StayStatus | null) ?? null,
      stayHasEntry: Boolean(row.stay_has_entry),
      stayHasExit: Boolean(row.stay_has_exit),
    };
    if (n.stayId) found[n.side] = n;
  }
  return found;
}

/**
 * Pairs one newly stored event into stays, under the caller's lock on its lot+plate. Exit pairs with the
 * entry right before it; an entry arriving late pairs with the lone exit right after it; anything that
 * does not pair cleanly is flagged. Returns the id of a stay this billed (with a fee to collect).
 */
export async function pairEvent(tx: Db, e: StoredGateEvent, ctx: PairingContext): Promise<string | null> {
  const { prev, next } = await neighbours(tx, e);
  const base = { lotId: e.lotId, plate: e.plate, vehicleClass: ctx.vehicleClassOf(e.plate) };

  if (e.direction === "exit") {
    if (prev?.direction === "entry" && !prev.stayHasExit) {
      const times = { entryAt: prev.at, exitAt: e.at };
      return closeStay(tx, prev.stayId!, { exitEventId: e.eventId, ...times }, ctx, e);
    }
    await tx.insert(parkingStays).values({
      ...base,
      exitEventId: e.eventId,
      exitAt: e.at,
      status: "flagged",
      flagReason: "exit_without_entry",
    });
    return null;
  }

  // An earlier entry that never saw its exit cannot be billed: flag it (an exit arriving later still closes it).
  if (prev?.direction === "entry" && !prev.stayHasExit && prev.stayStatus === "open") {
    await tx
      .update(parkingStays)
      .set({ status: "flagged", flagReason: "missing_exit" })
      .where(eq(parkingStays.id, prev.stayId!));
  }
  if (next?.direction === "exit" && !next.stayHasEntry) {
    const times = { entryAt: e.at, exitAt: next.at };
    return closeStay(tx, next.stayId!, { entryEventId: e.eventId, ...times }, ctx, e);
  }
  const flagReason =
    next?.direction === "exit" ? "overlapping_entry" : next?.direction === "entry" ? "missing_exit" : null;
  await tx.insert(parkingStays).values({
    ...base,
    entryEventId: e.eventId,
    entryAt: e.at,
    status: flagReason ? "flagged" : "open",
    flagReason,
  });
  return null;
}

async function closeStay(
  tx: Db,
  stayId: string,
  end: { entryAt: Date; exitAt: Date } & ({ exitEventId: string } | { entryEventId: string }),
  ctx: PairingContext,
  e: StoredGateEvent,
): Promise<string | null> {
  const stay = {
    lotId: e.lotId,
    entryAt: end.entryAt,
    exitAt: end.exitAt,
    vehicleClass: ctx.vehicleClassOf(e.plate),
  };
  const bill = billStay(stay, ctx.computeFee, ctx.now);
  await tx
    .update(parkingStays)
    .set({ ...end, ...bill })
    .where(eq(parkingStays.id, stayId));
  return bill.status === "unpaid" ? stayId : null;
}
