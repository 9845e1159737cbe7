// Scores the parking free-space model against two baselines on the Birmingham occupancy file and prints
// one JSON object (errors in shares of capacity). Contract and method: lib/parking/prediction/README.md.
// Run: npm run --silent eval:parking -- --data <csv> --test-from YYYY-MM-DD [--predictions <file>] [--verbose]
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseBirminghamCsv, parseLocalTimestamp } from "@/lib/parking/prediction/birmingham-csv";
import { evaluateLots } from "@/lib/parking/prediction/evaluate";

const USAGE =
  "usage: eval-parking --data <birmingham csv> --test-from YYYY-MM-DD [--predictions <file>] [--verbose]";

class UsageError extends Error {}

function parseArguments(argv: string[]) {
  let values: ReturnType<typeof parse>["values"];
  function parse(args: string[]) {
    return parseArgs({
      args,
      options: {
        data: { type: "string" },
        "test-from": { type: "string" },
        predictions: { type: "string" },
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
  if (!values.data) throw new UsageError("--data is required (the Birmingham occupancy CSV).");
  const testFromText = values["test-from"];
  if (!testFromText || !/^\d{4}-\d{2}-\d{2}$/.test(testFromText)) {
    throw new UsageError(`--test-from must be a date like 2016-12-06 (got ${testFromText ?? "nothing"}).`);
  }
  const testFrom = parseLocalTimestamp(`${testFromText} 00:00`);
  if (!Number.isFinite(testFrom) || new Date(testFrom).toISOString().slice(0, 10) !== testFromText) {
    throw new UsageError(`--test-from ${testFromText} is not a calendar date.`);
  }
  return { data: values.data, testFrom, predictions: values.predictions, verbose: values.verbose === true };
}

function round(value: unknown): unknown {
  return typeof value === "number" ? Math.round(value * 1e6) / 1e6 : value;
}

function main(): void {
  const args = parseArguments(process.argv.slice(2));
  let text: string;
  try {
    text = readFileSync(args.data, "utf8");
  } catch {
    throw new UsageError(`cannot read --data ${args.data}`);
  }
  const started = performance.now();
  const lots = parseBirminghamCsv(text);
  const { evaluation, pairs } = evaluateLots(lots, args.testFrom);
  const seconds = (performance.now() - started) / 1000;
  const anyPairs = Object.values(evaluation.horizons).some((h) => Number.isFinite(h.model.mae));
  if (!anyPairs)
    throw new UsageError("no test pairs: is --test-from inside the data, after a week of history?");
  if (args.predictions) writeFileSync(args.predictions, JSON.stringify(pairs));
  if (args.verbose) {
    console.error(
      `lots ${lots.length}, scored pairs ${pairs.length}, fit and scoring ${seconds.toFixed(2)} s`,
    );
  }
  process.stdout.write(`${JSON.stringify(evaluation, (_, v) => round(v))}\n`);
}

try {
  main();
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`eval-parking: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
}
