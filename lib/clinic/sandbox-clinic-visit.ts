import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/types";
import { AppError, parseOrThrow } from "@/lib/errors";
import { requireSignedTarget } from "@/lib/http/signed-target";
import { SHANGHAI_OFFSET_MS } from "@/lib/time";
import type { ClinicConfig } from "./clinic-config";
import { closeVisit } from "./close-visit";
import { getHealthCard } from "./health-card";
import { HisChargeBody, HisCloseBody, HisId } from "./his-schemas";
import { postCharge } from "./post-charge";
import { type HisAnswer, type HisPost, walkSandboxVisit } from "./walk-sandbox-visit";

const CHARGES_PATH = "/api/clinic/his/charges";
const CLOSE_PATH = /^\/api\/clinic\/his\/visits\/([^/]+)\/close$/;

/** The API's refusal, as the route would have written it (the message key stands in for the translated text). */
function refusalAnswer(error: AppError): HisAnswer {
  return {
    status: error.status,
    body: { error: { code: error.code, message: error.messageKey, ...error.extra } },
  };
}

/**
 * A HisPost that calls the hospital API's domain functions directly, as a signed request from a pilot hospital
 * would reach them: bodies parsed with the API's schemas, refusals (AppError) answered as their status.
 */
export function inProcessHisPoster(db: Db, options: { cardSecret: string; now: Date }): HisPost {
  return async (path, body) => {
    try {
      if (path === CHARGES_PATH) {
        const answer = await postCharge(db, parseOrThrow(HisChargeBody, body), options);
        return { status: answer.status, body: answer.body };
      }
      const closing = CLOSE_PATH.exec(path);
      if (closing) {
        const close = parseOrThrow(HisCloseBody, body);
        requireSignedTarget("visitId", close.visitId, decodeURIComponent(closing[1]!));
        const { invoiceId, totalSelfPayFen, dueAt } = await closeVisit(db, close, options.now);
        return { status: 200, body: { invoiceId, totalSelfPayFen, dueAt } };
      }
      throw new AppError("not_found", "errors.notFound");
    } catch (error) {
      if (error instanceof AppError) return refusalAnswer(error);
      throw error;
    }
  };
}

export const SandboxClinicVisitInput = z.strictObject({
  hospitalId: HisId,
  stopBefore: z
    .enum(["consultation", "exam", "medicine", "close"], { error: "errors.clinic.sandboxStopBefore" })
    .optional(),
});
export type SandboxClinicVisitInput = z.infer<typeof SandboxClinicVisitInput>;

export interface SandboxClinicVisit {
  visitId: string;
  steps: { step: string; status: number; selfPayFen: number | null; availableFen: number | null }[];
  invoiceId?: string;
}

/** A fresh visit number, readable in the bills list: "sbx-20261207-0900-3fa9c1". */
function sandboxVisitId(now: Date): string {
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString();
  const stamp = `${local.slice(0, 10).replaceAll("-", "")}-${local.slice(11, 16).replace(":", "")}`;
  return `sbx-${stamp}-${randomBytes(3).toString("hex")}`;
}

/**
 * Sandbox only: the signed-in resident walks the sandbox hospital's visit at a pilot hospital, their own current
 * health-card token scanned at registration; a refusal (402 over the line) ends the walk and is reported.
 */
export async function walkSandboxVisitForResident(
  db: Db,
  userId: string,
  input: SandboxClinicVisitInput,
  config: ClinicConfig,
  now: Date,
): Promise<SandboxClinicVisit> {
  if (!config.pilots.has(input.hospitalId)) {
    throw new AppError("unprocessable", "errors.clinic.notPilotHospital", {
      values: { hospitalId: input.hospitalId },
    });
  }
  const card = await getHealthCard(db, userId, config.cardSecret, now);
  const walked = await walkSandboxVisit({
    post: inProcessHisPoster(db, { cardSecret: config.cardSecret, now }),
    hospitalId: input.hospitalId,
    visitId: sandboxVisitId(now),
    patientToken: card.token,
    now,
    stopBefore: input.stopBefore,
  });
  return {
    visitId: walked.visitId,
    steps: walked.steps.map(({ step, status, selfPayFen, availableFen }) => ({
      step,
      status,
      selfPayFen,
      availableFen,
    })),
    ...(walked.invoice ? { invoiceId: walked.invoice.invoiceId } : {}),
  };
}
