import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { shanghaiDate } from "@/lib/time";
import { shippedSnapshot } from "./calendar-snapshot";
import { CoverageAcknowledgement, coverageStatus, judgeCoverage } from "./coverage";

const ACKNOWLEDGEMENT = path.join(import.meta.dirname, "coverage-acknowledgement.json");

describe("the shipped holiday calendar's coverage (judged on the real date of this run)", () => {
  it("does not end within 60 days, unless a committed acknowledgement in force says why", () => {
    const acknowledgement = existsSync(ACKNOWLEDGEMENT)
      ? CoverageAcknowledgement.parse(JSON.parse(readFileSync(ACKNOWLEDGEMENT, "utf8")))
      : undefined;
    // The real date on purpose: this test is the alarm that the next notice is due.
    const today = shanghaiDate(new Date());
    const verdict = judgeCoverage(shippedSnapshot().coverageEnds, today, acknowledgement);
    if (verdict.pass && verdict.warning) console.warn(`\n⚠ holiday calendar: ${verdict.warning}\n`);
    expect(verdict.pass ? "ok" : verdict.failure).toBe("ok");
  });
});

describe("judgeCoverage (the rule, on injected dates)", () => {
  const ends = "2026-12-31";
  const acknowledgement = {
    coverageEnds: ends,
    reason: "the 2027 notice is not available on this offline machine",
    until: "2026-12-20",
  };

  it.each([
    ["2026-10-31", 61, true],
    ["2026-11-01", 60, false],
    ["2026-11-02", 59, false],
    ["2027-01-05", -5, false],
  ] as const)("on %s (%i days left) passes: %s", (today, daysLeft, pass) => {
    expect(coverageStatus(ends, today).daysLeft).toBe(daysLeft);
    expect(judgeCoverage(ends, today, undefined).pass).toBe(pass);
  });

  it("says what to do when it fails", () => {
    const verdict = judgeCoverage(ends, "2026-11-02", undefined);
    expect(verdict).toEqual({ pass: false, failure: expect.stringContaining("npm run calendar:import") });
    expect(verdict.pass === false && verdict.failure).toContain("2026-12-31 (59 days left)");
  });

  it("passes with a warning naming the reason and the expiry while an acknowledgement is in force", () => {
    const verdict = judgeCoverage(ends, "2026-12-06", acknowledgement);
    expect(verdict.pass).toBe(true);
    expect(verdict.pass && verdict.warning).toContain("Acknowledged until 2026-12-20");
    expect(verdict.pass && verdict.warning).toContain("not available on this offline machine");
  });

  it("fails again once the acknowledgement has expired", () => {
    expect(judgeCoverage(ends, "2026-12-20", acknowledgement).pass).toBe(true);
    const verdict = judgeCoverage(ends, "2026-12-21", acknowledgement);
    expect(verdict.pass === false && verdict.failure).toContain("expired on 2026-12-20");
  });

  it("refuses an acknowledgement of another end, or one that outlives the coverage", () => {
    expect(judgeCoverage(ends, "2026-12-06", { ...acknowledgement, coverageEnds: "2025-12-31" }).pass).toBe(
      false,
    );
    expect(judgeCoverage(ends, "2026-12-06", { ...acknowledgement, until: "2027-01-31" }).pass).toBe(false);
  });

  it("fails with no calendar at all", () => {
    expect(judgeCoverage(null, "2026-12-06", undefined).pass).toBe(false);
  });
});
