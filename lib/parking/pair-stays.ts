import "server-only";
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { type FlagReason, parkingStays, type StayStatus, type VehicleClass } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { billStay, type ClosedStay } from "./bill-stay";
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
  direction: "entry" | "exit";
  at: Date;
  stayId: string;
  stayStatus: StayStatus;
  stayHasEntry: boolean;
  stayHasExit: boolean;
}

type Action =
  | { kind: "insert"; values: typeof parkingStays.$inferInsert }
  | { kind: "close"; stayId: string; end: StayEnd; bill: ClosedStay };

interface StayEnd {
  entryEventId: string | null;
  exitEventId: string | null;
  entryAt: Date;
  exitAt: Date;
}

/**
 * The pairing rule for one new event, given its neighbours in the lot+plate timeline (ordered by at, then
 * eventId). An exit closes the open entry right before it; an entry arriving late joins the lone exit right
 * after it; anything that does not pair cleanly is flagged, never billed.
 */
function decide(
  e: StoredGateEvent,
  prev: Neighbour | undefined,
  next: Neighbour | undefined,
  ctx: PairingContext,
): { action: Action; flagMissingExit?: string } {
  const base = { lotId: e.lotId, plate: e.plate, vehicleClass: ctx.vehicleClassOf(e.plate) };
  const close = (stayId: string, end: StayEnd): Action => ({
    kind: "close",
    stayId,
    end,
    bill: billStay({ ...base, entryAt: end.entryAt, exitAt: end.exitAt }, ctx.computeFee, ctx.now),
  });

  if (e.direction === "exit") {
    if (prev?.direction === "entry" && !prev.stayHasExit) {
      const end = { entryEventId: null, exitEventId: e.eventId, entryAt: prev.at, exitAt: e.at };
      return { action: close(prev.stayId, end) };
    }
    const values = { ...base, exitEventId: e.eventId, exitAt: e.at, status: "flagged" as const };
    return { action: { kind: "insert", values: { ...values, flagReason: "exit_without_entry" } } };
  }

  // An earlier entry that never saw its exit cannot be billed: flag it (an exit arriving later still closes it).
  const flagMissingExit =
    prev?.direction === "entry" && !prev.stayHasExit && prev.stayStatus === "open" ? prev.stayId : undefined;
  if (next?.direction === "exit" && !next.stayHasEntry) {
    const end = { entryEventId: e.eventId, exitEventId: null, entryAt: e.at, exitAt: next.at };
    return { action: close(next.stayId, end), flagMissingExit };
  }
  const flagReason: FlagReason | null =
    next?.direction === "exit" ? "overlapping_entry" : next?.direction === "entry" ? "missing_exit" : null;
  const values = { ...base, entryEventId: e.eventId, entryAt: e.at, flagReason };
  return {
    action: { kind: "insert", values: { ...values, status: flagReason ? "flagged" : "open" } },
    flagMissingExit,
  };
}

// The nearest earlier and later event of each given event in its timeline, with the stay it belongs to.
// An event of this batch not yet paired has no stay and is ignored by the rules.
async function neighboursOf(tx: Db, events: StoredGateEvent[]) {
  const rows = sql.join(
    events.map(
      (e, i) =>
        sql`(${i}::int, ${e.lotId}::text, ${e.plate}::text, ${e.at.toISOString()}::timestamptz, ${e.eventId}::text)`,
    ),
    sql`, `,
  );
  const side = (cmp: SQL, order: SQL) => sql`
    select g.direction, g.at, coalesce(se.id, sx.id) as stay_id, coalesce(se.status, sx.status) as stay_status,
      coalesce(se.entry_event_id, sx.entry_event_id) is not null as has_entry,
      coalesce(se.exit_event_id, sx.exit_event_id) is not null as has_exit
    from gate_events g
    left join parking_stays se on g.direction = 'entry' and se.entry_event_id = g.event_id
    left join parking_stays sx on g.direction = 'exit' and sx.exit_event_id = g.event_id
    where g.lot_id = n.lot_id and g.plate = n.plate and ${cmp}
    order by ${order} limit 1`;
  const result = await tx.execute(sql`
    select n.i, p.direction as p_direction, p.at as p_at, p.stay_id as p_stay_id, p.stay_status as p_stay_status,
      p.has_entry as p_has_entry, p.has_exit as p_has_exit,
      x.direction as x_direction, x.at as x_at, x.stay_id as x_stay_id, x.stay_status as x_stay_status,
      x.has_entry as x_has_entry, x.has_exit as x_has_exit
    from (values ${rows}) as n(i, lot_id, plate, at, event_id)
    left join lateral (${side(sql`(g.at, g.event_id) < (n.at, n.event_id)`, sql`g.at desc, g.event_id desc`)}) p on true
    left join lateral (${side(sql`(g.at, g.event_id) > (n.at, n.event_id)`, sql`g.at asc, g.event_id asc`)}) x on true`);
  const found: { prev?: Neighbour; next?: Neighbour }[] = events.map(() => ({}));
  for (const row of (result as unknown as { rows: Record<string, unknown>[] }).rows) {
    const pick = (p: string): Neighbour | undefined =>
      row[`${p}_stay_id`]
        ? {
            direction: row[`${p}_direction`] as Neighbour["direction"],
            at: new Date(row[`${p}_at`] as string),
            stayId: row[`${p}_stay_id`] as string,
            stayStatus: row[`${p}_stay_status`] as StayStatus,
            stayHasEntry: Boolean(row[`${p}_has_entry`]),
            stayHasExit: Boolean(row[`${p}_has_exit`]),
          }
        : undefined;
    found[Number(row.i)] = { prev: pick("p"), next: pick("x") };
  }
  return found;
}

/**
 * Pairs newly stored events into stays, under the caller's locks on their lot+plate timelines. Events of
 * different timelines are decided together (one query for all neighbours, one write per kind); within a
 * timeline they must be passed in time order, one call per event, since each changes what the next sees.
 * Returns the ids of stays billed now with a fee to collect.
 */
export async function pairEvents(tx: Db, events: StoredGateEvent[], ctx: PairingContext): Promise<string[]> {
  if (events.length === 0) return [];
  const found = await neighboursOf(tx, events);
  const decisions = events.map((e, i) => decide(e, found[i]!.prev, found[i]!.next, ctx));

  const flags = decisions.flatMap((d) => (d.flagMissingExit ? [d.flagMissingExit] : []));
  if (flags.length > 0) {
    await tx
      .update(parkingStays)
      .set({ status: "flagged", flagReason: "missing_exit" })
      .where(and(inArray(parkingStays.id, flags), eq(parkingStays.status, "open")));
  }
  const inserts = decisions.flatMap(({ action }) => (action.kind === "insert" ? [action.values] : []));
  if (inserts.length > 0) await tx.insert(parkingStays).values(inserts);
  const closes = decisions.flatMap(({ action }) => (action.kind === "close" ? [action] : []));
  if (closes.length > 0) await closeStays(tx, closes);
  return closes.filter((c) => c.bill.status === "unpaid").map((c) => c.stayId);
}

async function closeStays(tx: Db, closes: Extract<Action, { kind: "close" }>[]): Promise<void> {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  const rows = sql.join(
    closes.map(
      ({ stayId, end, bill }) => sql`(${stayId}::uuid, ${end.entryEventId}::text, ${end.exitEventId}::text,
        ${iso(end.entryAt)}::timestamptz, ${iso(end.exitAt)}::timestamptz, ${bill.status}::text,
        ${bill.flagReason}::text, ${bill.feeFen}::int, ${bill.breakdown ? JSON.stringify(bill.breakdown) : null}::jsonb,
        ${iso(bill.billedAt)}::timestamptz, ${iso(bill.paidAt)}::timestamptz)`,
    ),
    sql`, `,
  );
  await tx.execute(sql`
    update parking_stays s set
      entry_event_id = coalesce(v.entry_event_id, s.entry_event_id),
      exit_event_id = coalesce(v.exit_event_id, s.exit_event_id),
      entry_at = v.entry_at, exit_at = v.exit_at, status = v.status, flag_reason = v.flag_reason,
      fee_fen = v.fee_fen, breakdown = v.breakdown, billed_at = v.billed_at, paid_at = v.paid_at
    from (values ${rows}) as v(id, entry_event_id, exit_event_id, entry_at, exit_at, status, flag_reason,
      fee_fen, breakdown, billed_at, paid_at)
    where s.id = v.id`);
}
