// GET /api/payments/return — where a one-off payment's checkout sends the person back: records the signed
// "confirmed" (money is now being taken), then redirects to `next` (a page of this app, nothing else)
import { safeNextPath } from "@/lib/auth/safe-next";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { recordCheckoutReturn } from "@/lib/payments/checkout-return";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    const query = Object.fromEntries(request.nextUrl.searchParams);
    await recordCheckoutReturn(await getDb(), env().PAYMENTS_CALLBACK_SECRET, query, serverNow());
    const next = safeNextPath(query.next, "/me/bills");
    // A path, resolved by the browser against the address it used: never another site.
    return new Response(null, { status: 303, headers: { Location: next, "Cache-Control": "no-store" } });
  }),
});
