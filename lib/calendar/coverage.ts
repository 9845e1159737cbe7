import { z } from "zod";

/** The operator is warned, and the coverage test fails, this many days before the notices run out. */
export const COVERAGE_WARNING_DAYS = 60;
const DAY_MS = 86_400_000;

export interface CoverageStatus {
  /** Last date the imported notices cover, or null with none imported. */
  coverageEnds: string | null;
  /** Days from `today` to that date (negative once past it). */
  daysLeft: number | null;
  /** True within COVERAGE_WARNING_DAYS of the end, past it, or with no notice at all. */
  warn: boolean;
}

/** Whole days from one calendar date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** How long the holiday calendar still covers, seen on Hangzhou date `today`. */
export function coverageStatus(coverageEnds: string | null, today: string): CoverageStatus {
  if (!coverageEnds) return { coverageEnds, daysLeft: null, warn: true };
  const daysLeft = daysBetween(today, coverageEnds);
  return { coverageEnds, daysLeft, warn: daysLeft <= COVERAGE_WARNING_DAYS };
}

/** The operator's warning, in words for a log or a status page (undefined when there is none). */
export function coverageWarningText(status: CoverageStatus): string | undefined {
  if (!status.warn) return undefined;
  const action = "import the next State Council holiday notice with `npm run calendar:import -- <file.json>`";
  if (status.coverageEnds === null) return `No holiday calendar is imported: ${action}.`;
  const when =
    (status.daysLeft ?? 0) < 0
      ? `ended on ${status.coverageEnds}; days after it are priced as weekdays/weekends`
      : `ends on ${status.coverageEnds} (${status.daysLeft} days left)`;
  return `The holiday calendar ${when}: ${action}.`;
}

/**
 * A committed, dated acknowledgement that coverage ends soon and why it cannot be extended yet
 * (lib/calendar/coverage-acknowledgement.json). It holds only until `until`, no later than the end.
 */
export const CoverageAcknowledgement = z
  .object({
    coverageEnds: z.iso.date(),
    reason: z.string().trim().min(20, "say why the next notice cannot be imported yet"),
    until: z.iso.date(),
  })
  .strict();
export type CoverageAcknowledgement = z.infer<typeof CoverageAcknowledgement>;

export type CoverageVerdict = { pass: true; warning?: string } | { pass: false; failure: string };

/** The coverage rule the test enforces: fail near the end unless a valid acknowledgement is in force. */
export function judgeCoverage(
  coverageEnds: string | null,
  today: string,
  acknowledgement: CoverageAcknowledgement | undefined,
): CoverageVerdict {
  const status = coverageStatus(coverageEnds, today);
  if (!status.warn) {
    return acknowledgement && acknowledgement.coverageEnds !== coverageEnds
      ? {
          pass: true,
          warning: `coverage-acknowledgement.json is about ${acknowledgement.coverageEnds}, no longer the end of coverage: delete it.`,
        }
      : { pass: true };
  }
  const problem = coverageWarningText(status) as string;
  if (!acknowledgement) return { pass: false, failure: problem };
  if (acknowledgement.coverageEnds !== coverageEnds) {
    return {
      pass: false,
      failure: `${problem} (coverage-acknowledgement.json names ${acknowledgement.coverageEnds}, but the data ends ${coverageEnds})`,
    };
  }
  if (coverageEnds !== null && acknowledgement.until > coverageEnds) {
    return {
      pass: false,
      failure: `${problem} (the acknowledgement's "until" ${acknowledgement.until} is after the end of coverage)`,
    };
  }
  if (today > acknowledgement.until) {
    return { pass: false, failure: `${problem} (the acknowledgement expired on ${acknowledgement.until})` };
  }
  return {
    pass: true,
    warning: `${problem} Acknowledged until ${acknowledgement.until}: ${acknowledgement.reason}`,
  };
}
