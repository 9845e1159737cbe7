// Scores the air forecast model (PM2.5) against persistence and climatology on a UCI air-quality file and prints
// one JSON object. Contract and method: lib/air/forecast/README.md.
// Run: npm run --silent eval:air -- --data <csv[.gz]> --column "PM_US Post" --test-from YYYY-MM-DD [--verbose]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { evaluatePm25 } from "@/lib/air/forecast/evaluate";
import { HOUR_MS } from "@/lib/air/forecast/station-history";
import { CsvInputError, csvText, parseUciCsv } from "@/lib/air/forecast/uci-csv";
import { SHANGHAI_OFFSET_MS } from "@/lib/time";

class UsageError extends Error {}

function parseArguments(argv: string[]) {
  let values: ReturnType<typeof parse>["values"];
  function parse(args: string[]) {
    return parseArgs({
      args,
      options: {
        data: { type: "string" },
        column: { type: "string" },
        "test-from": { type: "string" },
        verbose: { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  }
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (!values.data) throw new UsageError("--data is required (a UCI air-quality CSV, gzipped or not).");
  if (!values.column)
    throw new UsageError("--column is required (the PM2.5 column, e.g. PM2.5 or PM_US Post).");
  const testFromText = values["test-from"];
  if (!testFromText || !/^\d{4}-\d{2}-\d{2}$/.test(testFromText)) {
    throw new UsageError(`--test-from must be a date like 2015-01-01 (got ${testFromText ?? "nothing"}).`);
  }
  // A date in China time, like the files' own timestamps.
  const testFrom = Date.parse(`${testFromText}T00:00:00Z`) - SHANGHAI_OFFSET_MS;
  const roundTrip = new Date(testFrom + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
  if (!Number.isFinite(testFrom) || roundTrip !== testFromText) {
    throw new UsageError(`--test-from ${testFromText} is not a calendar date.`);
  }
  return { data: values.data, column: values.column, testFrom, verbose: values.verbose === true };
}

function round(value: unknown): unknown {
  return typeof value === "number" ? Math.round(value * 1e6) / 1e6 : value;
}

function main(): void {
  const args = parseArguments(process.argv.slice(2));
  let bytes: Buffer;
  try {
    bytes = readFileSync(args.data);
  } catch {
    throw new UsageError(`cannot read --data ${args.data}`);
  }
  const started = performance.now();
  let parsed: ReturnType<typeof parseUciCsv>;
  try {
    parsed = parseUciCsv(csvText(bytes), args.column);
  } catch (error) {
    if (error instanceof CsvInputError) throw new UsageError(`${args.data}: ${error.message}`);
    throw new UsageError(`${args.data} is not a readable CSV (${String(error)}).`);
  }
  const { history, format } = parsed;
  if (history.startMs >= args.testFrom) throw new UsageError("no rows before --test-from to train on.");
  const run = evaluatePm25(history, args.testFrom);
  if (!run.model.pollutants.pm25) {
    throw new UsageError(
      `too few "${args.column}" readings before --test-from to fit the model (14 days needed).`,
    );
  }
  const pairs = Object.values(run.pairs);
  if (pairs.every((n) => n === 0)) throw new UsageError("no test pairs: is --test-from inside the data?");
  if (args.verbose) {
    const trainHours = Math.round((args.testFrom - history.startMs) / HOUR_MS);
    console.error(
      `${format}, column "${args.column}": ${trainHours} training hours; pairs per horizon ${JSON.stringify(run.pairs)}; ` +
        `fit ${(run.fitMs / 1000).toFixed(2)} s, scoring ${(run.scoreMs / 1000).toFixed(2)} s, ` +
        `total ${((performance.now() - started) / 1000).toFixed(2)} s`,
    );
  }
  process.stdout.write(`${JSON.stringify(run.evaluation, (_, v) => round(v))}\n`);
}

try {
  main();
} catch (error) {
  if (error instanceof UsageError) {
    // One line: the reason (the usage is in the file's header and in lib/air/forecast/README.md).
    console.error(`eval-air: ${error.message}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
}
