// GET|POST|PATCH|DELETE /api/me/payment-agreement — the password-free payment agreement: status and per-bill
// limit, sign (with a limit), change the limit, revoke
import { z } from "zod";
import { requireSession } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { noContent, readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { MAX_PER_BILL_LIMIT_FEN, MIN_PER_BILL_LIMIT_FEN } from "@/lib/payments/agreement-limit";
import { paymentProviderName } from "@/lib/payments/current-provider";
import {
  agreementView,
  revokeAgreement,
  setPerBillLimit,
  signAgreement,
} from "@/lib/payments/payment-agreement";

export const dynamic = "force-dynamic";
const PRIVATE = { "Cache-Control": "private, no-store", Vary: "Cookie" };
/** The answer: the agreement and who collects under it (the terms name the provider). */
const view = async (userId: string) => ({
  ...(await agreementView(await getDb(), userId)),
  provider: paymentProviderName(),
});

/** Whole yuan from 1 元 to 2,000 元, in fen. */
const PerBillLimitFen = z
  .number({ error: "vehicles.agreement.limitInvalid" })
  .int({ error: "vehicles.agreement.limitInvalid" })
  .min(MIN_PER_BILL_LIMIT_FEN, { error: "vehicles.agreement.limitInvalid" })
  .max(MAX_PER_BILL_LIMIT_FEN, { error: "vehicles.agreement.limitInvalid" })
  .refine((fen) => fen % 100 === 0, { error: "vehicles.agreement.limitInvalid" });

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    const { user } = await requireSession(request);
    return Response.json(await view(user.id), { headers: PRIVATE });
  }),
  POST: route(async (request) => {
    const { user } = await requireSession(request);
    const { perBillLimitFen } = await readJson(
      request,
      z.strictObject({ perBillLimitFen: PerBillLimitFen.optional() }),
    );
    const db = await getDb();
    await signAgreement(db, user.id, undefined, perBillLimitFen);
    return Response.json(await view(user.id), { status: 201, headers: PRIVATE });
  }),
  PATCH: route(async (request) => {
    const { user } = await requireSession(request);
    const { perBillLimitFen } = await readJson(request, z.strictObject({ perBillLimitFen: PerBillLimitFen }));
    const db = await getDb();
    if (!(await setPerBillLimit(db, user.id, perBillLimitFen))) {
      throw new AppError("conflict", "vehicles.agreement.noneToChange");
    }
    return Response.json(await view(user.id), { headers: PRIVATE });
  }),
  DELETE: route(async (request) => {
    const { user } = await requireSession(request);
    await revokeAgreement(await getDb(), user.id);
    return noContent();
  }),
});
