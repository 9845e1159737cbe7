// POST /api/clinic/invoices/{id}/pay — pay my clinic bill: under the agreement, or a one-off payment whose
// checkout the answer names (idempotent; 409 while money is already being taken)
import { requireSession } from "@/lib/auth/current-user";
import { CLINIC_PAYEE } from "@/lib/clinic/invoice-payment-link";
import { payInvoice } from "@/lib/clinic/pay-invoice";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { appOrigin } from "@/lib/http/app-origin";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { checkoutReturnUrl } from "@/lib/payments/checkout-return";
import { paymentProvider } from "@/lib/payments/current-provider";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route<{ id: string }>(async (request, { params }) => {
    const { user } = await requireSession(request);
    const db = await getDb();
    const returnUrl = checkoutReturnUrl(appOrigin(request), "/clinic");
    const payment = await payInvoice(db, paymentProvider(db), user.id, params.id, {
      checkout: { returnUrl, payee: CLINIC_PAYEE },
      now: serverNow(),
    });
    return Response.json({ payment }, { headers: { "Cache-Control": "no-store" } });
  }),
});
