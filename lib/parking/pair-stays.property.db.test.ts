import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { parkingStays } from "@/lib/db/schema";
import { HOUR, LOT, testFee, uniquePlate } from "@/lib/testing/parking-fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { ingestGateEvents } from "./gate-events";
import type { StoredGateEvent } from "./pair-stays";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(async () => opened?.close());

const NOW = new Date("2026-11-23T12:00:00+08:00");

/** k well-separated stays of one plate: entry, exit, entry, exit… with their true fees. */
function timeline(plate: string, hours: number[]): { events: StoredGateEvent[]; fees: number[] } {
  const events: StoredGateEvent[] = [];
  let t = NOW.getTime() - 100 * HOUR;
  hours.forEach((h, i) => {
    events.push({ eventId: `${plate}-${i}-in`, lotId: LOT, plate, direction: "entry", at: new Date(t) });
    t += h * HOUR - 60_000;
    events.push({ eventId: `${plate}-${i}-out`, lotId: LOT, plate, direction: "exit", at: new Date(t) });
    t += 2 * HOUR;
  });
  const fees = hours.map(
    (h) =>
      testFee({ id: LOT } as never, {
        entry: new Date(0),
        exit: new Date(h * HOUR - 60_000),
        vehicleClass: "small",
      }).feeFen,
  );
  return { events, fees };
}

/** Delivers `events` as the given batches (each possibly repeating earlier events) and returns the stays. */
async function deliver(plate: string, batches: StoredGateEvent[][]) {
  for (const batch of batches) await ingestGateEvents(opened.db, batch, { now: NOW, computeFee: testFee });
  return opened.db.select().from(parkingStays).where(eq(parkingStays.plate, plate));
}

function split<T>(items: T[], cuts: number[]): T[][] {
  const points = [...new Set(cuts.map((c) => c % (items.length + 1)))].sort((a, b) => a - b);
  const batches: T[][] = [];
  let from = 0;
  for (const p of [...points, items.length]) {
    if (p > from) batches.push(items.slice(from, p));
    from = Math.max(from, p);
  }
  return batches;
}

const hoursArb = fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 4 });
const cutsArb = fc.array(fc.nat(20), { maxLength: 5 });

// The work is bounded: a counted number of runs (numRuns), each at most 4 stays in at most 7 batches, a few
// transactions (about 0.15 s a run on an idle machine; 4 s for the slowest property). Each property may take five
// minutes, room for a machine 75 times slower than that: these properties are about pairing, not speed.
const PROPERTY_TIMEOUT_MS = 5 * 60_000;

describe("pairing invariants", { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it("in time order, however batched and repeated, every stay is billed once with its own fee", async () => {
    await fc.assert(
      fc.asyncProperty(hoursArb, cutsArb, fc.nat(), async (hours, cuts, repeatSeed) => {
        const plate = uniquePlate();
        const { events, fees } = timeline(plate, hours);
        const batches = split(events, cuts);
        // A replay of some earlier batch arrives late.
        batches.push(batches[repeatSeed % batches.length]!);
        const stays = await deliver(plate, batches);
        expect(stays.map((s) => s.feeFen).sort()).toEqual([...fees].sort());
        expect(stays.every((s) => s.status === "unpaid" || (s.status === "paid" && s.feeFen === 0))).toBe(
          true,
        );
      }),
      { numRuns: 25 },
    );
  });

  it("in any order, late events re-pair unpaid stays: the result is the same as in time order", async () => {
    await fc.assert(
      fc.asyncProperty(hoursArb, cutsArb, fc.nat(), async (hours, cuts, seed) => {
        const plate = uniquePlate();
        const { events, fees } = timeline(plate, hours);
        const shuffled = fc.sample(fc.shuffledSubarray(events, { minLength: events.length }), {
          seed,
          numRuns: 1,
        })[0]!;
        const stays = await deliver(plate, [...split(shuffled, cuts), shuffled]);
        const ids = stays.flatMap((s) => [s.entryEventId, s.exitEventId].filter(Boolean));
        expect(ids.sort()).toEqual(events.map((e) => e.eventId).sort());
        expect(stays.map((s) => s.feeFen).sort()).toEqual([...fees].sort());
        expect(stays.map((s) => s.flagReason)).toEqual(fees.map(() => null));
      }),
      { numRuns: 25 },
    );
  });

  it("one stay's entry and exit pair and bill once in any order and batching", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.boolean(),
        fc.boolean(),
        async (h, exitFirst, together) => {
          const plate = uniquePlate();
          const { events, fees } = timeline(plate, [h]);
          const ordered = exitFirst ? [...events].reverse() : events;
          const batches = together ? [ordered, ordered] : [[ordered[0]!], [ordered[1]!], [ordered[0]!]];
          const stays = await deliver(plate, batches);
          expect(stays.map((s) => [s.feeFen, s.flagReason])).toEqual([[fees[0], null]]);
        },
      ),
      { numRuns: 16 },
    );
  });
});
