import { describe, expect, it } from "vitest";
import { dueAfterDispute } from "./dispute-due-time";

const at = (iso: string) => new Date(iso);

describe("dueAfterDispute: never before 24:00 (Asia/Shanghai) of the resolution day", () => {
  it.each([
    ["no due time yet", null, "2026-11-26T10:00:00+08:00", "2026-11-27T00:00:00+08:00"],
    [
      "due time passed during the review",
      "2026-11-24T00:00:00+08:00",
      "2026-11-26T10:00:00+08:00",
      "2026-11-27T00:00:00+08:00",
    ],
    [
      "due time still ahead the same day",
      "2026-11-24T00:00:00+08:00",
      "2026-11-23T15:00:00+08:00",
      "2026-11-24T00:00:00+08:00",
    ],
    [
      "a later due time is kept",
      "2026-11-30T00:00:00+08:00",
      "2026-11-26T10:00:00+08:00",
      "2026-11-30T00:00:00+08:00",
    ],
    ["resolved one second before midnight", null, "2026-11-26T23:59:59+08:00", "2026-11-27T00:00:00+08:00"],
    ["resolved at midnight: the new day", null, "2026-11-27T00:00:00+08:00", "2026-11-28T00:00:00+08:00"],
    ["UTC evening is the next Shanghai day", null, "2026-11-26T17:00:00Z", "2026-11-28T00:00:00+08:00"],
  ])("%s", (_name, dueAt, resolvedAt, expected) => {
    expect(dueAfterDispute(dueAt ? at(dueAt) : null, at(resolvedAt))).toEqual(at(expected));
  });
});
