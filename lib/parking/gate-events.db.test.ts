import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { gateEvents, parkingStays, payments } from "@/lib/db/schema";
import { billSubject } from "@/lib/parking/bill-payment-link";
import { signAgreement } from "@/lib/payments/payment-agreement";
import {
  gateEvent,
  HOUR,
  LOT,
  licensedPlate,
  OTHER_LOT,
  testFee,
  uniquePlate,
} from "@/lib/testing/parking-fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { ingestGateEvents, validateGateEvents } from "./gate-events";
import { lotById } from "./lot-catalogue";
import { tariffOfLot } from "./lot-tariffs";
import { bindPlate } from "./plates";
import { quoteStay } from "./tariff";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(async () => opened?.close());

const NOW = new Date("2026-11-23T12:00:00+08:00");
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const ingest = (events: Parameters<typeof ingestGateEvents>[1]) =>
  ingestGateEvents(opened.db, events, { now: NOW, computeFee: testFee });
const staysOf = (plate: string) =>
  opened.db.select().from(parkingStays).where(eq(parkingStays.plate, plate)).orderBy(parkingStays.createdAt);

describe("gate event validation", () => {
  const ok = {
    eventId: "e1",
    lotId: LOT,
    plate: "浙A12345",
    direction: "entry",
    at: "2026-11-23T11:00:00+08:00",
  };
  it.each([
    ["a good event", ok, null],
    ["7 days old", { ...ok, at: "2026-11-16T12:01:00+08:00" }, null],
    ["4 minutes ahead", { ...ok, at: "2026-11-23T12:04:00+08:00" }, null],
    ["UTC with Z", { ...ok, at: "2026-11-23T03:00:00Z" }, null],
    ["more than 7 days old", { ...ok, at: "2026-11-16T11:59:00+08:00" }, "errors.parking.eventTooOld"],
    ["6 minutes ahead", { ...ok, at: "2026-11-23T12:06:00+08:00" }, "errors.parking.eventInFuture"],
    ["no offset", { ...ok, at: "2026-11-23T11:00:00" }, "errors.parking.atInvalid"],
    ["not a time", { ...ok, at: "yesterday" }, "errors.parking.atInvalid"],
    ["unknown lot", { ...ok, lotId: "nowhere" }, "errors.parking.unknownLot"],
    ["bad plate", { ...ok, plate: "ABC" }, "errors.parking.plateInvalid"],
    ["eventId too long", { ...ok, eventId: "x".repeat(65) }, "too_big"],
    ["eventId with a NUL", { ...ok, eventId: "a\u0000b" }, "invalid_format"],
    ["bad direction", { ...ok, direction: "sideways" }, "invalid_value"],
    ["extra field", { ...ok, speed: 3 }, "unrecognized_keys"],
    ["not an object", "entry", "invalid_type"],
  ])("%s", (_name, event, problem) => {
    const { valid, rejected } = validateGateEvents([event], NOW);
    if (!problem) {
      expect(rejected).toEqual([]);
      expect(valid).toHaveLength(1);
      return;
    }
    expect(valid).toEqual([]);
    expect(rejected[0]!.index).toBe(0);
    const issue = rejected[0]!.issues[0] as unknown as { message: string; code?: string };
    expect([issue.message, issue.code]).toContain(problem);
  });

  it("normalises plates and keeps good events of a mixed batch", () => {
    const { valid, rejected } = validateGateEvents(
      [
        { ...ok, plate: "浙a·12345" },
        { ...ok, lotId: "x" },
      ],
      NOW,
    );
    expect(valid.map((e) => e.plate)).toEqual(["浙A12345"]);
    expect(rejected.map((r) => [r.index, r.eventId])).toEqual([[1, "e1"]]);
  });
});

describe("gate event ingest and pairing", () => {
  it("stores each event once and bills the stay once, however often the batch is replayed", async () => {
    const plate = uniquePlate();
    const batch = [gateEvent(plate, "entry", ago(3 * HOUR)), gateEvent(plate, "exit", ago(HOUR))];
    const first = await ingest(batch);
    expect([first.accepted, first.duplicates, first.billedStayIds.length]).toEqual([2, 0, 1]);
    const again = await ingest([...batch, batch[0]!]);
    expect([again.accepted, again.duplicates, again.billedStayIds.length]).toEqual([0, 3, 0]);
    const stays = await staysOf(plate);
    expect(stays).toHaveLength(1);
    expect(stays[0]).toMatchObject({ status: "unpaid", feeFen: 1000, lotId: LOT });
  });

  it("pairs an exit that arrived before its entry, also in a later batch", async () => {
    const plate = uniquePlate();
    const entry = gateEvent(plate, "entry", ago(5 * HOUR));
    const exit = gateEvent(plate, "exit", ago(4.5 * HOUR));
    await ingest([exit]);
    expect(await staysOf(plate)).toMatchObject([{ status: "flagged", flagReason: "exit_without_entry" }]);
    const late = await ingest([entry]);
    expect(late.billedStayIds).toHaveLength(1);
    const stays = await staysOf(plate);
    expect(stays).toHaveLength(1);
    expect(stays[0]).toMatchObject({
      status: "unpaid",
      flagReason: null,
      feeFen: 500,
      entryEventId: entry.eventId,
    });
  });

  it("pairs by event time within one batch in any order, per lot", async () => {
    const plate = uniquePlate();
    const batch = [
      gateEvent(plate, "exit", ago(1 * HOUR)),
      gateEvent(plate, "exit", ago(1 * HOUR), OTHER_LOT),
      gateEvent(plate, "entry", ago(2.5 * HOUR)),
      gateEvent(plate, "entry", ago(6 * HOUR), OTHER_LOT),
      gateEvent(plate, "exit", ago(5 * HOUR)),
      gateEvent(plate, "entry", ago(7 * HOUR)),
    ];
    const result = await ingest(batch);
    expect(result.billedStayIds).toHaveLength(3);
    const fees = (await staysOf(plate)).map((s) => [s.lotId, s.feeFen]).sort();
    expect(fees).toEqual([
      [LOT, 1000],
      [LOT, 1000],
      [OTHER_LOT, 2500],
    ]);
  });

  it("flags an exit without entry, a stay over 72 h and an entry that never left", async () => {
    const plate = uniquePlate();
    await ingest([gateEvent(plate, "exit", ago(100 * HOUR))]);
    await ingest([gateEvent(plate, "entry", ago(99 * HOUR)), gateEvent(plate, "exit", ago(20 * HOUR))]);
    await ingest([gateEvent(plate, "entry", ago(10 * HOUR))]);
    await ingest([gateEvent(plate, "entry", ago(5 * HOUR)), gateEvent(plate, "exit", ago(4 * HOUR))]);
    const stays = await staysOf(plate);
    expect(stays.map((s) => [s.status, s.flagReason, s.feeFen])).toEqual([
      ["flagged", "exit_without_entry", null],
      ["flagged", "over_72h", null],
      ["flagged", "missing_exit", null],
      ["unpaid", null, 500],
    ]);
  });

  it("a late exit still closes an entry flagged as missing its exit", async () => {
    const plate = uniquePlate();
    await ingest([gateEvent(plate, "entry", ago(10 * HOUR)), gateEvent(plate, "entry", ago(5 * HOUR))]);
    expect((await staysOf(plate)).map((s) => s.status)).toEqual(["flagged", "open"]);
    await ingest([gateEvent(plate, "exit", ago(9 * HOUR))]);
    expect((await staysOf(plate)).map((s) => [s.status, s.feeFen])).toEqual([
      ["unpaid", 500],
      ["open", null],
    ]);
  });

  it("late events inside a stay paired across them re-pair it while no money has moved", async () => {
    const plate = uniquePlate();
    const [e1, x1, e2, x2] = [
      gateEvent(plate, "entry", ago(10 * HOUR)),
      gateEvent(plate, "exit", ago(9.5 * HOUR)),
      gateEvent(plate, "entry", ago(3 * HOUR)),
      gateEvent(plate, "exit", ago(2.5 * HOUR)),
    ];
    await ingest([x2]);
    await ingest([e1]);
    expect((await staysOf(plate)).map((s) => s.feeFen)).toEqual([4000]);
    await ingest([x1]);
    await ingest([e2]);
    const stays = await staysOf(plate);
    expect(stays.map((s) => [s.entryEventId, s.exitEventId, s.status, s.feeFen]).sort()).toEqual(
      [
        [e1.eventId, x1.eventId, "unpaid", 500],
        [e2.eventId, x2.eventId, "unpaid", 500],
      ].sort(),
    );
  });

  it("a stay already being debited is never re-paired: the late event is flagged for review", async () => {
    const { db } = opened;
    const plate = uniquePlate();
    const user = await createTestUser(db);
    await bindPlate(db, user, licensedPlate(plate), ago(30 * 24 * HOUR));
    await signAgreement(db, user);
    await ingest([gateEvent(plate, "entry", ago(10 * HOUR)), gateEvent(plate, "exit", ago(2 * HOUR))]);
    await ingest([gateEvent(plate, "exit", ago(9 * HOUR))]);
    const stays = await staysOf(plate);
    expect(stays.map((s) => [s.status, s.feeFen, s.flagReason])).toEqual([
      ["unpaid", 4000, null],
      ["flagged", null, "exit_without_entry"],
    ]);
  });

  it("bills a 7-day-old stay by its own times; a free stay is settled at once", async () => {
    const plate = uniquePlate();
    const week = 7 * 24 * HOUR - 60_000;
    await ingest([gateEvent(plate, "entry", ago(week)), gateEvent(plate, "exit", ago(week - 2 * HOUR))]);
    await ingest([
      gateEvent(plate, "entry", ago(2 * HOUR)),
      gateEvent(plate, "exit", ago(2 * HOUR - 600_000)),
    ]);
    const stays = await staysOf(plate);
    expect(stays.map((s) => [s.status, s.feeFen, s.exitAt?.toISOString()])).toEqual([
      ["unpaid", 1000, ago(week - 2 * HOUR).toISOString()],
      ["paid", 0, ago(2 * HOUR - 600_000).toISOString()],
    ]);
  });

  it("bills with the lot's real tariff by default, breakdown included", async () => {
    const plate = uniquePlate("浙B");
    const entry = gateEvent(plate, "entry", ago(2.5 * HOUR), OTHER_LOT);
    const exit = gateEvent(plate, "exit", ago(0.5 * HOUR), OTHER_LOT);
    await ingestGateEvents(opened.db, [entry, exit], { now: NOW });
    const lot = lotById(OTHER_LOT)!;
    const expected = quoteStay(tariffOfLot({ slug: lot.id, zone: lot.zone, role: lot.role }), {
      entry: entry.at,
      exit: exit.at,
      vehicleClass: "small",
    });
    expect(expected.feeFen).toBeGreaterThan(0);
    const [stay] = await staysOf(plate);
    expect(stay).toMatchObject({ status: "unpaid", feeFen: expected.feeFen });
    expect(stay!.breakdown).toEqual(JSON.parse(JSON.stringify(expected.breakdown)));
  });

  it("concurrent identical batches store each event once, bill each stay once and debit it once", async () => {
    const { db } = opened;
    const user = await createTestUser(db);
    const plates = [uniquePlate(), uniquePlate(), uniquePlate()];
    for (const plate of plates) await bindPlate(db, user, licensedPlate(plate), ago(30 * 24 * HOUR));
    await signAgreement(db, user);
    const batch = plates.flatMap((plate) => [
      gateEvent(plate, "entry", ago(3 * HOUR)),
      gateEvent(plate, "exit", ago(1 * HOUR)),
    ]);
    const shuffled = () => [...batch].sort(() => Math.random() - 0.5);
    const results = await Promise.all(Array.from({ length: 6 }, () => ingest(shuffled())));
    expect(results.reduce((n, r) => n + r.accepted, 0)).toBe(6);
    expect(results.reduce((n, r) => n + r.billedStayIds.length, 0)).toBe(3);
    expect(results.reduce((n, r) => n + r.paymentIds.length, 0)).toBe(3);
    for (const plate of plates) {
      const stays = await staysOf(plate);
      expect(stays).toHaveLength(1);
      const debits = await db
        .select()
        .from(payments)
        .where(eq(payments.subject, billSubject(stays[0]!.id)));
      expect(debits).toMatchObject([{ idempotencyKey: stays[0]!.id, status: "requested", amountFen: 1000 }]);
    }
  });

  it("concurrent batches carrying the entry and the exit of one stay pair them", async () => {
    const plate = uniquePlate();
    const entry = gateEvent(plate, "entry", ago(3 * HOUR));
    const exit = gateEvent(plate, "exit", ago(2 * HOUR));
    for (let round = 0; round < 3; round++) {
      await Promise.all([ingest([exit]), ingest([entry]), ingest([exit, entry])]);
    }
    const stays = await staysOf(plate);
    expect(stays.map((s) => [s.status, s.feeFen])).toEqual([["unpaid", 500]]);
    const stored = await opened.db.select().from(gateEvents).where(eq(gateEvents.plate, plate));
    expect(stored).toHaveLength(2);
  });
});
