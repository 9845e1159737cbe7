// GET /api/clinic/invoices — my clinic bills (one per closed visit, due 48 h after), newest first (private)
import { requireSession } from "@/lib/auth/current-user";
import { listClinicInvoices } from "@/lib/clinic/clinic-invoices";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    const { user } = await requireSession(request);
    const invoices = await listClinicInvoices(await getDb(), user.id, serverNow());
    return Response.json({ invoices }, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } });
  }),
});
