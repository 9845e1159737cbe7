// POST /api/payments/callback — the payment provider's signed outcome of a debit (succeeded | declined)
import { after } from "next/server";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { route } from "@/lib/http/route";
import { readSignedJson } from "@/lib/http/signed-body";
import { sendBillNotices } from "@/lib/parking/bill-notices";
import { applyPaymentCallback, PaymentCallback } from "@/lib/payments/payment-callback";

export const dynamic = "force-dynamic";

export const POST = route(async (request) => {
  const { data } = await readSignedJson(request, env().PAYMENTS_CALLBACK_SECRET, PaymentCallback);
  const db = await getDb();
  const { stayId, outcome } = await applyPaymentCallback(db, data);
  if (stayId && outcome === "applied") after(() => sendBillNotices(db, { stayIds: [stayId] }));
  return Response.json({ ok: true, outcome }, { headers: { "Cache-Control": "no-store" } });
});
