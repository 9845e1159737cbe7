// GET /api/me — the signed-in person (masked phone, language), or 401
// DELETE /api/me — delete my account and personal data (204, signed out), or 409 naming the money still open
import { cookies } from "next/headers";
import { deleteAccount } from "@/lib/account/delete-account";
import { requireSession } from "@/lib/auth/current-user";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { noContent, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    const { user } = await requireSession(request);
    // Cacheable by this device only, and always revalidated: the service worker may show it offline.
    return Response.json(
      { user: { id: user.id, phone: user.phone, locale: user.locale } },
      { headers: { "Cache-Control": "private, no-cache", Vary: "Cookie" } },
    );
  }),
  DELETE: route(async (request, { locale }) => {
    const { user } = await requireSession(request);
    await deleteAccount(await getDb(), user.id, { now: serverNow(), locale });
    (await cookies()).set(SESSION_COOKIE, "", { ...sessionCookieOptions(request, new Date(0)), maxAge: 0 });
    return noContent({ "Cache-Control": "no-store" });
  }),
});
