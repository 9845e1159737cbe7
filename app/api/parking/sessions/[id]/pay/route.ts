// POST /api/parking/sessions/{id}/pay — pay a due or overdue bill through the agreement (idempotent)
import { requireSession } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { payBill } from "@/lib/parking/pay-bill";
import { getVisibleSessionOrThrow } from "@/lib/parking/visible-sessions";
import { paymentProvider } from "@/lib/payments/current-provider";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route<{ id: string }>(async (request, { params, locale }) => {
    const { user } = await requireSession(request);
    const db = await getDb();
    const payment = await payBill(db, paymentProvider(db), user.id, params.id);
    const session = await getVisibleSessionOrThrow(db, user.id, params.id, locale);
    return Response.json({ session, payment }, { headers: { "Cache-Control": "no-store" } });
  }),
});
