// GET|POST /api/parking/sessions/{id}/invoice — a paid bill's e-invoice (电子发票): request it (buyer's name or
// company and tax number, e-mail; one per bill, asking again returns it) and read it back
import { requireSession } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { InvoiceRequest, invoiceOfOrThrow, requestInvoice } from "@/lib/parking/e-invoice";

export const dynamic = "force-dynamic";
const PRIVATE = { "Cache-Control": "private, no-store", Vary: "Cookie" };

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route<{ id: string }>(async (request, { params }) => {
    const { user } = await requireSession(request);
    const { invoice } = await invoiceOfOrThrow(await getDb(), user.id, params.id);
    return Response.json({ invoice }, { headers: PRIVATE });
  }),
  POST: route<{ id: string }>(async (request, { params }) => {
    const { user } = await requireSession(request);
    const input = await readJson(request, InvoiceRequest);
    const { invoice, issued } = await requestInvoice(await getDb(), user.id, params.id, input);
    return Response.json({ invoice }, { status: issued ? 201 : 200, headers: PRIVATE });
  }),
});
