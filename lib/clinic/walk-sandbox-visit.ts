// Walks the sandbox hospital's visit through the hospital API one step at a time. The transport is injected:
// in-process (lib/clinic/sandbox-clinic-visit.ts), over HTTP with signed headers (signedFetchPoster), or a test's.
import { z } from "zod";
import { signedHeaders } from "@/lib/http/machine-signature";
import type { HisChargeBody, HisCloseBody } from "./his-schemas";
import { chargeSelfPayFen, type SandboxStep, type SandboxStepName, visitSteps } from "./sandbox-hospital";

/** What the hospital API answered: the HTTP status and the JSON body (or the text, when it was not JSON). */
export interface HisAnswer {
  status: number;
  body: unknown;
}

/** Sends one API body to a hospital API path and answers what came back; refusals are answers, not throws. */
export type HisPost = (path: string, body: HisChargeBody | HisCloseBody) => Promise<HisAnswer>;

export interface WalkedStep {
  step: SandboxStepName;
  /** What was sent. */
  body: HisChargeBody | HisCloseBody;
  status: number;
  answer: unknown;
  /** A charge's self-pay part as sent; a close's bill total as answered. */
  selfPayFen: number | null;
  /** The line left after an authorised charge, or what was left when a charge was refused for credit. */
  availableFen: number | null;
}

export interface WalkedVisit {
  hospitalId: string;
  visitId: string;
  steps: WalkedStep[];
  /** closed: every step was answered 2xx; stopped: `stopBefore` was reached; refused: a step was not 2xx. */
  outcome: "closed" | "stopped" | "refused";
  invoice: { invoiceId: string; totalSelfPayFen: number; dueAt: string } | null;
}

export interface WalkOptions {
  post: HisPost;
  hospitalId: string;
  visitId: string;
  /** The patient's health-card QR token (valid for its minute), sent with the first charge. */
  patientToken: string;
  /** When the walk happens: the visit closes now and its charges are dated in the minutes before. */
  now: Date;
  /** Stop before this step: "close" leaves the visit open, with its charges counting against the line. */
  stopBefore?: SandboxStepName;
}

const Authorised = z.object({
  authorized: z.literal(true),
  selfPayFen: z.number(),
  availableFen: z.number(),
});
const CreditExceeded = z.object({
  error: z.object({ code: z.literal("credit_exceeded"), availableFen: z.number() }),
});
const Closed = z.object({ invoiceId: z.string(), totalSelfPayFen: z.number(), dueAt: z.string() });

/** Sends the visit's steps in order, stopping at the first answer that is not 2xx (a 402 is an outcome, reported). */
export async function walkSandboxVisit(options: WalkOptions): Promise<WalkedVisit> {
  const { post, hospitalId, visitId, patientToken, now, stopBefore } = options;
  const steps: WalkedStep[] = [];
  let invoice: WalkedVisit["invoice"] = null;
  for (const step of visitSteps({ hospitalId, visitId, patientToken, closedAt: now })) {
    if (step.step === stopBefore) return { hospitalId, visitId, steps, outcome: "stopped", invoice };
    const answer = await post(step.path, step.body);
    const walked = describeStep(step, answer);
    steps.push(walked);
    if (answer.status < 200 || answer.status > 299)
      return { hospitalId, visitId, steps, outcome: "refused", invoice };
    if (step.step === "close") {
      const closed = Closed.safeParse(answer.body);
      invoice = closed.success ? closed.data : null;
    }
  }
  return { hospitalId, visitId, steps, outcome: "closed", invoice };
}

function describeStep(step: SandboxStep, answer: HisAnswer): WalkedStep {
  const walked = { step: step.step, body: step.body, status: answer.status, answer: answer.body };
  if (step.step === "close") {
    const closed = Closed.safeParse(answer.body);
    return { ...walked, selfPayFen: closed.success ? closed.data.totalSelfPayFen : null, availableFen: null };
  }
  const authorised = Authorised.safeParse(answer.body);
  const exceeded = CreditExceeded.safeParse(answer.body);
  const availableFen = authorised.success
    ? authorised.data.availableFen
    : exceeded.success
      ? exceeded.data.error.availableFen
      : null;
  return { ...walked, selfPayFen: chargeSelfPayFen(step.body), availableFen };
}

/** A HisPost over HTTP: POSTs the JSON to `baseUrl` + path, signed with the named hospital's secret. */
export function signedFetchPoster(
  baseUrl: string | URL,
  secretOf: (hospitalId: string) => string,
  fetchImpl: typeof fetch = fetch,
): HisPost {
  return async (path, body) => {
    const raw = JSON.stringify(body);
    const response = await fetchImpl(new URL(path, baseUrl), {
      method: "POST",
      headers: signedHeaders(secretOf(body.hospitalId), raw),
      body: raw,
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON (a proxy's error page, say): the text is the answer.
    }
    return { status: response.status, body: parsed };
  };
}
