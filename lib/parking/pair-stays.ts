import "server-only";
import { randomUUID } from "node:crypto";
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
  eventId: string;
  direction: "entry" | "exit";
  at: Date;
  stayId: string;
  stayStatus: StayStatus;
  stayHasEntry: boolean;
  stayHasExit: boolean;
  stayExit: { eventId: string; at: Date } | null;
  /** No money moved or is moving for its stay and nobody disputes it: a late event may re-pair it. */
  repairable: boolean;
}

type Action =
  | { kind: "insert"; values: typeof parkingStays.$inferInsert }
  | { kind: "close"; stayId: string; end: StayEnd; bill: ClosedStay }
  // A late event shows a stay was paired across it: shorten that stay, and pass the end it loses on.
  | {
      kind: "repair";
      stayId: string;
      keep: Partial<typeof parkingStays.$inferInsert>;
      add: typeof parkingStays.$inferInsert;
      billedId: string | null;
    };

const UNBILLED = { feeFen: null, breakdown: null, billedAt: null, paidAt: null, dueAt: null };

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
    if (prev?.direction === "entry" && prev.repairable && prev.stayExit) {
      // E … X'(paired with E) and this exit X falls between them: E pairs with X; X' is left without entry.
      const bill = billStay({ ...base, entryAt: prev.at, exitAt: e.at }, ctx.computeFee, ctx.now);
      return {
        action: {
          kind: "repair",
          stayId: prev.stayId,
          keep: { exitEventId: e.eventId, exitAt: e.at, ...bill, dueAt: null },
          add: {
            ...base,
            exitEventId: prev.stayExit.eventId,
            exitAt: prev.stayExit.at,
            status: "flagged",
            flagReason: "exit_without_entry",
          },
          billedId: bill.status === "unpaid" ? prev.stayId : null,
        },
      };
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
  if (next?.direction === "exit" && next.repairable) {
    // E0 … X was paired, and this entry E falls between them: E pairs with X; E0 never saw its exit.
    const bill = billStay({ ...base, entryAt: e.at, exitAt: next.at }, ctx.computeFee, ctx.now);
    const id = randomUUID();
    return {
      action: {
        kind: "repair",
        stayId: next.stayId,
        keep: { ...UNBILLED, exitEventId: null, exitAt: null, status: "flagged", flagReason: "missing_exit" },
        add: {
          id,
          ...base,
          entryEventId: e.eventId,
          entryAt: e.at,
          exitEventId: next.eventId,
          exitAt: next.at,
          ...bill,
        },
        billedId: bill.status === "unpaid" ? id : null,
      },
    };
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
    select g.event_id, g.direction, g.at, s.id as stay_id, s.status as stay_status,
      s.entry_event_id is not null as has_entry, s.exit_event_id as stay_exit_event_id, s.exit_at as stay_exit_at,
      (s.status in ('unpaid', 'flagged') or (s.status = 'paid' and s.fee_fen = 0)) and not exists (
        select 1 from parking_bill_payments link join payments pay on pay.id = link.payment_id
        where link.stay_id = s.id and pay.status in ('requested', 'pending', 'succeeded')) as repairable
    from gate_events g
    left join parking_stays se on g.direction = 'entry' and se.entry_event_id = g.event_id
    left join parking_stays sx on g.direction = 'exit' and sx.exit_event_id = g.event_id
    left join parking_stays s on s.id = coalesce(se.id, sx.id)
    where g.lot_id = n.lot_id and g.plate = n.plate and ${cmp}
    order by ${order} limit 1`;
  const columns = (a: string) =>
    sql.raw(
      [
        "event_id",
        "direction",
        "at",
        "stay_id",
        "stay_status",
        "has_entry",
        "stay_exit_event_id",
        "stay_exit_at",
        "repairable",
      ]
        .map((c) => `${a}.${c} as ${a}_${c}`)
        .join(", "),
    );
  const result = await tx.execute(sql`
    select n.i, ${columns("p")}, ${columns("x")}
    from (values ${rows}) as n(i, lot_id, plate, at, event_id)
    left join lateral (${side(sql`(g.at, g.event_id) < (n.at, n.event_id)`, sql`g.at desc, g.event_id desc`)}) p on true
    left join lateral (${side(sql`(g.at, g.event_id) > (n.at, n.event_id)`, sql`g.at asc, g.event_id asc`)}) x on true`);
  const found: { prev?: Neighbour; next?: Neighbour }[] = events.map(() => ({}));
  for (const row of (result as unknown as { rows: Record<string, unknown>[] }).rows) {
    const pick = (p: string): Neighbour | undefined => {
      const get = (c: string) => row[`${p}_${c}`];
      if (!get("stay_id")) return undefined;
      const exitId = get("stay_exit_event_id") as string | null;
      return {
        eventId: get("event_id") as string,
        direction: get("direction") as Neighbour["direction"],
        at: new Date(get("at") as string),
        stayId: get("stay_id") as string,
        stayStatus: get("stay_status") as StayStatus,
        stayHasEntry: Boolean(get("has_entry")),
        stayHasExit: exitId !== null,
        stayExit: exitId ? { eventId: exitId, at: new Date(get("stay_exit_at") as string) } : null,
        repairable: Boolean(get("repairable")),
      };
    };
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
  const billed = closes.filter((c) => c.bill.status === "unpaid").map((c) => c.stayId);
  for (const { action } of decisions) {
    if (action.kind !== "repair") continue;
    // In this order: the end moves off the old stay before the unique index sees it on the new one.
    await tx.update(parkingStays).set(action.keep).where(eq(parkingStays.id, action.stayId));
    await tx.insert(parkingStays).values(action.add);
    if (action.billedId) billed.push(action.billedId);
  }
  return billed;
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
  // The id list gives the planner an index condition on the stays, whatever its statistics say; a join
  // on the VALUES alone may be planned as a scan of the whole table.
  await tx.execute(sql`
    update parking_stays s set
      entry_event_id = coalesce(v.entry_event_id, s.entry_event_id),
      exit_event_id = coalesce(v.exit_event_id, s.exit_event_id),
      entry_at = v.entry_at, exit_at = v.exit_at, status = v.status, flag_reason = v.flag_reason,
      fee_fen = v.fee_fen, breakdown = v.breakdown, billed_at = v.billed_at, paid_at = v.paid_at
    from (values ${rows}) as v(id, entry_event_id, exit_event_id, entry_at, exit_at, status, flag_reason,
      fee_fen, breakdown, billed_at, paid_at)
    where s.id = v.id and s.id in (${sql.join(
      closes.map((c) => sql`${c.stayId}::uuid`),
      sql`, `,
    )})`);
}
