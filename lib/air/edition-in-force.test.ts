import { describe, expect, it } from "vitest";
import { editionInForce } from "./edition-in-force";

describe("the HJ 633 edition in force", () => {
  it.each([
    ["2026-02-28T15:59:59.999Z", "HJ633-2012"], // 23:59:59 on 28 February in Hangzhou
    ["2026-02-28T16:00:00Z", "HJ633-2026"], // midnight on 1 March in Hangzhou
    ["2030-01-01T00:00:00Z", "HJ633-2026"],
    ["2016-01-01T00:00:00+08:00", "HJ633-2012"],
    ["2013-03-01T00:00:00+08:00", "HJ633-2012"], // before 2012's own effective date: still the 2012 rules
  ])("at %s is %s", (instant, edition) => {
    expect(editionInForce(new Date(instant))).toBe(edition);
  });

  it("refuses an invalid date", () => {
    expect(() => editionInForce(new Date("not a date"))).toThrow(RangeError);
  });
});
