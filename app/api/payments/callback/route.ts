// POST /api/payments/callback — the payment provider's signed outcome of a debit or a refund
import { after } from "next/server";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { readSignedJson } from "@/lib/http/signed-body";
import { paymentProvider } from "@/lib/payments/current-provider";
import { applyPaymentCallback, PaymentCallback } from "@/lib/payments/payment-callback";
import { paymentPurpose } from "@/lib/payments/purposes";
import { requestRefunds } from "@/lib/payments/refunds";
import "@/lib/payment-purposes";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route(async (request) => {
    const { data } = await readSignedJson(request, env().PAYMENTS_CALLBACK_SECRET, PaymentCallback);
    const db = await getDb();
    const { paymentId, purpose, refundIds, outcome } = await applyPaymentCallback(db, data);
    if (outcome === "applied") {
      after(async () => {
        if (refundIds.length > 0) await requestRefunds(db, paymentProvider(db), refundIds);
        if (paymentId && purpose) await paymentPurpose(purpose).afterSettled?.(db, paymentId);
      });
    }
    return Response.json({ ok: true, outcome }, { headers: { "Cache-Control": "no-store" } });
  }),
});
