import { describe, expect, it } from "vitest";
import { type BillFacts, billState } from "./bill-lifecycle";

const dueAt = new Date("2026-12-08T16:00:00Z");
const before = new Date("2026-12-08T15:59:59Z");
const after = new Date("2026-12-08T16:00:00Z");

describe("one bill lifecycle for every service", () => {
  it.each<[string, BillFacts, Date, string]>([
    ["still growing", { closed: false, dueAt: null }, after, "open"],
    ["closed, before its due time", { closed: true, dueAt }, before, "due"],
    ["closed without a deadline yet", { closed: true, dueAt: null }, after, "due"],
    ["money on its way", { closed: true, dueAt, collection: "processing" }, before, "processing"],
    [
      "money on its way past the deadline",
      { closed: true, dueAt, collection: "processing" },
      after,
      "processing",
    ],
    ["paid", { closed: true, dueAt, settled: "paid" }, after, "paid"],
    ["a refused debit, before the deadline", { closed: true, dueAt, collection: "failed" }, before, "failed"],
    ["a refused debit, after the deadline", { closed: true, dueAt, collection: "failed" }, after, "overdue"],
    ["unpaid at its due time", { closed: true, dueAt }, after, "overdue"],
    ["disputed, past the deadline", { closed: true, dueAt, disputed: true }, after, "disputed"],
    ["waived while disputed", { closed: true, dueAt, disputed: true, settled: "waived" }, after, "waived"],
    ["refunded", { closed: true, dueAt, settled: "refunded" }, after, "refunded"],
  ])("%s → %s", (_, bill, now, state) => {
    expect(billState(bill, now)).toBe(state);
  });
});
