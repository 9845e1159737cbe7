import { parseArgs } from "node:util";
import { type ZodError, z } from "zod";
import { type AqiReport, type AqiStandard, computeAqi, supportsKind } from "./aqi";
import { type Concentrations, POLLUTANT_KEYS, REPORT_KINDS, type ReportKind } from "./report-indicators";

export const USAGE =
  "usage: npm run --silent aqi -- [--standard 2026|2012|epa] [--kind daily|hourly] '{\"PM25_24h\":80,…}'";

const STANDARD_NAMES: Record<string, AqiStandard> = {
  "2026": "HJ633-2026",
  "2012": "HJ633-2012",
  epa: "EPA-2024",
};

/** The concentrations of one report: pollutant keys only, each a number ≥ 0 (µg/m³; CO in mg/m³). */
export const ConcentrationsInput = z.partialRecord(z.enum(POLLUTANT_KEYS), z.number().nonnegative());

const OPTIONS = { standard: { type: "string" }, kind: { type: "string" } } as const;

export class AqiUsageError extends Error {}

export interface AqiRequest {
  readonly standard: AqiStandard;
  readonly kind: ReportKind;
  readonly concentrations: Concentrations;
}

function describeIssues(error: ZodError): string {
  return error.issues
    .map((issue) => {
      if (issue.code === "unrecognized_keys")
        return `unknown key ${issue.keys.map((key) => `"${key}"`).join(", ")} (pollutant keys: ${POLLUTANT_KEYS.join(", ")})`;
      const key = issue.path[0];
      if (key === undefined) return 'the concentrations must be one JSON object, e.g. {"PM25_24h":80}';
      return `"${String(key)}" must be a concentration: a number ≥ 0`;
    })
    .join("; ");
}

/** The command line's options and concentrations; an AqiUsageError says what is wrong, in one line. */
export function parseAqiArguments(argv: readonly string[]): AqiRequest {
  let values: { standard?: string; kind?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      strict: true,
      allowPositionals: true,
    }));
  } catch (error) {
    // Node's message goes on to explain `--`, which a wrong option does not need.
    const message = error instanceof Error ? error.message : String(error);
    throw new AqiUsageError(message.split(/\.\s/)[0] ?? message);
  }
  const standardName = values.standard ?? "2026";
  const standard = STANDARD_NAMES[standardName];
  if (!standard) throw new AqiUsageError(`--standard must be 2026, 2012 or epa (got "${standardName}")`);
  const kind = values.kind ?? "daily";
  if (!(REPORT_KINDS as readonly string[]).includes(kind))
    throw new AqiUsageError(`--kind must be daily or hourly (got "${kind}")`);
  const reportKind = kind as ReportKind;
  if (!supportsKind(standard, reportKind))
    throw new AqiUsageError("--standard epa is a daily index (24-h PM2.5); it has no hourly report here");
  if (positionals.length !== 1)
    throw new AqiUsageError(`give the concentrations as one JSON argument (got ${positionals.length})`);

  let json: unknown;
  try {
    json = JSON.parse(positionals[0] ?? "");
  } catch {
    throw new AqiUsageError("the concentrations are not valid JSON");
  }
  const checked = ConcentrationsInput.safeParse(json);
  if (!checked.success) throw new AqiUsageError(describeIssues(checked.error));
  return { standard, kind: reportKind, concentrations: checked.data };
}

/** The command's answer: one line of JSON. */
export function formatAqiAnswer(report: AqiReport): string {
  return JSON.stringify({
    aqi: report.aqi,
    level: report.band?.level ?? null,
    category: report.band?.category ?? null,
    primary: report.primary,
    iaqi: report.iaqi,
    ignored: report.ignored,
  });
}

/** Runs the command: exit code 0 with the answer on stdout, or 2 with one line on stderr. */
export function runAqiCli(argv: readonly string[]): { code: 0 | 2; stdout: string; stderr: string } {
  try {
    const request = parseAqiArguments(argv);
    const report = computeAqi(request.concentrations, request);
    return { code: 0, stdout: `${formatAqiAnswer(report)}\n`, stderr: "" };
  } catch (error) {
    if (!(error instanceof AqiUsageError)) throw error;
    return { code: 2, stdout: "", stderr: `aqi: ${error.message} — ${USAGE}\n` };
  }
}
