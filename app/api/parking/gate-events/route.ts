// POST /api/parking/gate-events — signed batches of gate camera events (1–500); stored once each, paired, billed
import { after } from "next/server";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { readSignedJson } from "@/lib/http/signed-body";
import { afterBilling } from "@/lib/parking/after-billing";
import { GateBatch, ingestGateEvents, validateGateEvents } from "@/lib/parking/gate-events";
import { paymentProvider } from "@/lib/payments/current-provider";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route(async (request) => {
    const { data } = await readSignedJson(request, env().GATE_SHARED_SECRET, GateBatch);
    const { valid, rejected } = validateGateEvents(data.events);
    const db = await getDb();
    const result =
      valid.length > 0
        ? await ingestGateEvents(db, valid)
        : { accepted: 0, duplicates: 0, paymentIds: [], billedStayIds: [] };
    if (result.paymentIds.length > 0 || result.billedStayIds.length > 0) {
      after(() => afterBilling(db, paymentProvider(db), result));
    }
    const counts = { accepted: result.accepted, duplicates: result.duplicates };
    if (rejected.length > 0) {
      // The valid events of the batch are stored; the 400 lists the others so the gate can fix and resend them.
      throw new AppError("validation_failed", "errors.parking.gateBatchPartial", {
        values: { rejected: rejected.length, accepted: result.accepted + result.duplicates },
        issues: rejected.flatMap((r) => r.issues),
        extra: { ...counts, rejected: rejected.map(({ index, eventId }) => ({ index, eventId })) },
      });
    }
    return Response.json(counts, { status: 202, headers: { "Cache-Control": "no-store" } });
  }),
});
