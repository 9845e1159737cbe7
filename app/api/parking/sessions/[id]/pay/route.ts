// POST /api/parking/sessions/{id}/pay — pay a due or overdue bill: under the agreement, or a one-off payment
// whose checkout the answer names (idempotent; 409 while money is already being taken)
import { requireSession } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { appOrigin } from "@/lib/http/app-origin";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { PARKING_PAYEE, payBill } from "@/lib/parking/pay-bill";
import { getVisibleSessionOrThrow } from "@/lib/parking/visible-sessions";
import { checkoutReturnUrl } from "@/lib/payments/checkout-return";
import { paymentProvider } from "@/lib/payments/current-provider";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route<{ id: string }>(async (request, { params, locale }) => {
    const { user } = await requireSession(request);
    const db = await getDb();
    const returnUrl = checkoutReturnUrl(appOrigin(request), `/me/bills/${encodeURIComponent(params.id)}`);
    const payment = await payBill(db, paymentProvider(db), user.id, params.id, {
      checkout: { returnUrl, payee: PARKING_PAYEE },
    });
    const session = await getVisibleSessionOrThrow(db, user.id, params.id, locale);
    return Response.json({ session, payment }, { headers: { "Cache-Control": "no-store" } });
  }),
});
