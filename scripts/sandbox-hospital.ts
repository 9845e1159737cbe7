// The sandbox hospital from the command line: walks one typical outpatient visit (lib/clinic/sandbox-hospital.ts)
// through a running server's hospital API, signed as the hospital's HIS would sign it, and says what happened.
//
// Run: npx tsx --conditions=react-server scripts/sandbox-hospital.ts \
//        --base http://127.0.0.1:3000 --hospital hz-first --token <QR token> [--visit v-123] [--stop-before close]
//   --token        the patient's health-card token (the app's card page, or GET /api/clinic/card); valid 60 s
//   --visit        the HIS visit number (default: a new one, cli-YYYYMMDD-HHMMSS); the same number again replays
//   --stop-before  registration | consultation | exam | medicine | close — "close" leaves the visit open
// Signs with the hospital's secret as the server would check it (HIS_SECRETS, else HIS_SHARED_SECRET, else the
// sandbox default), so run it with the same settings as the server.
// Exit 0: every step answered as the API may (a charge 201, 200 or 402 over the line; the close 200);
// 1: any other answer, or the server could not be reached; 2: the command line is wrong.
import { parseArgs } from "node:util";
import { hisSecretOf } from "@/lib/clinic/clinic-config";
import { HisId } from "@/lib/clinic/his-schemas";
import { SANDBOX_STEPS, type SandboxStepName } from "@/lib/clinic/sandbox-hospital";
import { signedFetchPoster, type WalkedStep, walkSandboxVisit } from "@/lib/clinic/walk-sandbox-visit";
import { fen, formatFen } from "@/lib/money";
import { SHANGHAI_OFFSET_MS, shanghaiDate, shanghaiTime } from "@/lib/time";

const USAGE =
  "usage: npx tsx --conditions=react-server scripts/sandbox-hospital.ts --base <url> --hospital <id> " +
  "--token <QR token> [--visit <id>] [--stop-before registration|consultation|exam|medicine|close]";

function fail(code: number, lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(code);
}

function readOptions() {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        base: { type: "string" },
        hospital: { type: "string" },
        token: { type: "string" },
        visit: { type: "string" },
        "stop-before": { type: "string" },
      },
    }));
  } catch (error) {
    fail(2, [error instanceof Error ? error.message : String(error), USAGE]);
  }
  const { base, hospital, token, visit, "stop-before": stopBefore } = values;
  if (!base || !hospital || !token) fail(2, ["--base, --hospital and --token are required.", USAGE]);
  if (!URL.canParse(base)) fail(2, [`--base ${base} is not a URL, e.g. http://127.0.0.1:3000`]);
  if (!HisId.safeParse(hospital).success)
    fail(2, [`--hospital ${hospital} is not a hospital id, e.g. hz-first`]);
  if (visit !== undefined && !/^[A-Za-z0-9._:-]{1,50}$/.test(visit))
    fail(2, [`--visit ${visit} must be 1–50 characters of letters, digits and . _ : -`]);
  if (stopBefore !== undefined && !(SANDBOX_STEPS as readonly string[]).includes(stopBefore))
    fail(2, [`--stop-before ${stopBefore} is not a step: ${SANDBOX_STEPS.join(", ")}`]);
  return { base, hospital, token, visit, stopBefore: stopBefore as SandboxStepName | undefined };
}

const yuan = (amount: number) => formatFen(fen(amount), "zh-CN");
const inHangzhou = (iso: string) =>
  `${shanghaiDate(new Date(iso))} ${shanghaiTime(new Date(iso))} Hangzhou time`;

/** The statuses the hospital API may answer each step with; anything else is a fault worth a non-zero exit. */
function isExpected(walked: WalkedStep): boolean {
  return walked.step === "close" ? walked.status === 200 : [200, 201, 402].includes(walked.status);
}

function errorMessage(answer: unknown): string {
  const message = (answer as { error?: { message?: unknown } } | null)?.error?.message;
  if (typeof message === "string") return message;
  return (typeof answer === "string" ? answer : JSON.stringify(answer)).slice(0, 200);
}

function stepLines(walked: WalkedStep): string[] {
  const head = `${walked.step.padEnd(12)} ${walked.status}`;
  if ("items" in walked.body) {
    const items = walked.body.items.map(
      (item) => `    ${item.display} ×${item.quantity}  ${yuan(item.selfPayFen)} self-pay`,
    );
    const selfPay = yuan(walked.selfPayFen ?? 0);
    if (walked.status === 200 || walked.status === 201) {
      const replay = walked.status === 200 ? " (already authorised: a replay)" : "";
      return [
        `${head} authorised${replay}: ${selfPay} self-pay, ${yuan(walked.availableFen ?? 0)} of the line left`,
        ...items,
      ];
    }
    if (walked.status === 402) {
      return [
        `${head} refused: ${selfPay} self-pay is over the line, ${yuan(walked.availableFen ?? 0)} left; the patient pays at the counter`,
        ...items,
      ];
    }
    return [`${head} refused: ${errorMessage(walked.answer)}`, ...items];
  }
  const bill = walked.answer as { invoiceId?: string; totalSelfPayFen?: number; dueAt?: string };
  if (walked.status === 200 && bill.invoiceId && bill.dueAt) {
    return [
      `${head} closed: invoice ${bill.invoiceId}, ${yuan(bill.totalSelfPayFen ?? 0)} self-pay due ${inHangzhou(bill.dueAt)}`,
    ];
  }
  return [`${head} not closed: ${errorMessage(walked.answer)}`];
}

// No top-level await: package.json has no "type": "module", so tsx runs this file as CommonJS.
async function main(): Promise<void> {
  const options = readOptions();
  const now = new Date();
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString();
  const visitId = options.visit ?? `cli-${local.slice(0, 19).replace(/[-:]/g, "").replace("T", "-")}`;
  console.info(`Sandbox hospital ${options.hospital}: visit ${visitId} against ${options.base}`);
  const walked = await walkSandboxVisit({
    post: signedFetchPoster(options.base, hisSecretOf),
    hospitalId: options.hospital,
    visitId,
    patientToken: options.token,
    now,
    stopBefore: options.stopBefore,
  });
  for (const step of walked.steps) for (const line of stepLines(step)) console.info(`  ${line}`);
  const unexpected = walked.steps.find((step) => !isExpected(step));
  if (unexpected) fail(1, [`Unexpected answer ${unexpected.status} to ${unexpected.step}.`]);
  const last = walked.steps.at(-1);
  if (walked.outcome === "stopped")
    console.info(`Stopped before ${options.stopBefore}, as asked: the visit is open.`);
  else if (walked.outcome === "refused")
    console.info(`Stopped at ${last?.step}: over the patient's line (402).`);
  else console.info("Visit closed and billed.");
}

main().catch((error: unknown) => {
  fail(1, [`The visit could not be walked: ${error instanceof Error ? error.message : String(error)}`]);
});
