import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromShanghai } from "@/lib/time";
import { offStreetTariffOf } from "./lot-tariffs";
import { streetTariff } from "./street-tariff";
import { quoteStay, type Tariff, VehicleClass } from "./tariff";
import { westLakeTariff } from "./westlake-tariff";

const TARIFFS: Tariff[] = [
  streetTariff("core"),
  streetTariff("level1"),
  streetTariff("level2"),
  westLakeTariff(),
  ...["hubin-in77", "hz-citizen-centre", "fahzu-qingchun", "hangzhou-east", "xixi-north", "huanglong-pr"].map(
    (slug) => offStreetTariffOf(slug),
  ),
  offStreetTariffOf("no-such-lot"),
  { ...offStreetTariffOf("hubin-in77"), nightFen: 1000, unitMinutes: 45, basis: "test" },
];

// Entries near the days where rules change: free Spring Festival windows and their edges, golden
// weeks, peak-season weekends, 调休 days, and ordinary weeks.
const ANCHORS = [
  "2016-02-06",
  "2023-01-27",
  "2025-01-27",
  "2025-02-04",
  "2025-10-01",
  "2026-02-15",
  "2026-02-22",
  "2026-03-14",
  "2026-04-04",
  "2026-05-31",
  "2026-09-19",
  "2026-09-30",
  "2026-11-29",
  "2026-12-31",
].map((date) => fromShanghai(date).getTime());

const SECOND = 1_000;
const HOUR = 3_600_000;

const entry = fc
  .tuple(fc.constantFrom(...ANCHORS), fc.integer({ min: -36 * 3600, max: 60 * 3600 }))
  .map(([anchor, seconds]) => new Date(anchor + seconds * SECOND));
// Short stays (around the free minutes and unit edges) as often as long ones.
const duration = fc.oneof(
  fc.integer({ min: 0, max: 3 * 3600 }).map((s) => s * SECOND),
  fc.integer({ min: 0, max: 4 * 24 * 3600 }).map((s) => s * SECOND),
);
const input = fc.record({
  tariff: fc.constantFrom(...TARIFFS),
  entry,
  duration,
  later: fc.oneof(
    fc.integer({ min: 0, max: 120 }).map((s) => s * SECOND),
    fc.integer({ min: 0, max: 30 * HOUR }),
  ),
  vehicleClass: fc.constantFrom(...VehicleClass.options),
});

describe("tariff invariants (every tariff kind, vehicle class, entries across day boundaries and holidays)", () => {
  it("the fee is a whole, non-negative number of fen and equals the sum of its lines", () => {
    fc.assert(
      fc.property(input, ({ tariff, entry, duration, vehicleClass }) => {
        const quote = quoteStay(tariff, { entry, exit: new Date(entry.getTime() + duration), vehicleClass });
        expect(Number.isSafeInteger(quote.feeFen)).toBe(true);
        expect(quote.feeFen).toBeGreaterThanOrEqual(0);
        expect(quote.breakdown.reduce((sum, line) => sum + line.amountFen, 0)).toBe(quote.feeFen);
        for (const line of quote.breakdown) {
          expect(Number.isSafeInteger(line.amountFen)).toBe(true);
          expect(line.from <= line.to).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it("never decreases as the exit moves later", () => {
    fc.assert(
      fc.property(input, ({ tariff, entry, duration, later, vehicleClass }) => {
        const exit = new Date(entry.getTime() + duration);
        const laterExit = new Date(exit.getTime() + later);
        const before = quoteStay(tariff, { entry, exit, vehicleClass }).feeFen;
        const after = quoteStay(tariff, { entry, exit: laterExit, vehicleClass }).feeFen;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 3_000 },
    );
  });

  it("never decreases minute by minute over a whole day and night", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TARIFFS),
        entry,
        fc.constantFrom(...VehicleClass.options),
        (tariff, entry, vehicleClass) => {
          let previous = 0;
          for (let minutes = 0; minutes <= 26 * 60; minutes += 1) {
            const exit = new Date(entry.getTime() + minutes * 60_000);
            const fee = quoteStay(tariff, { entry, exit, vehicleClass }).feeFen;
            expect(fee).toBeGreaterThanOrEqual(previous);
            previous = fee;
          }
        },
      ),
      { numRuns: 40 },
    );
    // 40 × 1,561 quotes: about 1 s alone, but far more on a loaded 2-core CI machine.
  }, 30_000);

  it("is deterministic and JSON-clean", () => {
    fc.assert(
      fc.property(input, ({ tariff, entry, duration, vehicleClass }) => {
        const stay = { entry, exit: new Date(entry.getTime() + duration), vehicleClass };
        const first = quoteStay(tariff, stay);
        expect(quoteStay(JSON.parse(JSON.stringify(tariff)) as Tariff, stay)).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });
});
