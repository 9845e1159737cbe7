// GET /api/parking/sessions/{id}/invoice/pdf — the issued e-invoice as a PDF (the sandbox writes it)
import { requireSession } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { invoiceOfOrThrow } from "@/lib/parking/e-invoice";
import { invoicePdf } from "@/lib/parking/invoice-pdf";
import { lotName } from "@/lib/parking/lot-catalogue";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route<{ id: string }>(async (request, { params, locale }) => {
    const { user } = await requireSession(request);
    const { stay, invoice } = await invoiceOfOrThrow(await getDb(), user.id, params.id);
    const pdf = invoicePdf(invoice, { plate: stay.plate, lotName: lotName(stay.lotId, locale) });
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="invoice-${invoice.number}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  }),
});
