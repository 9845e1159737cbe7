// GET /api/me — the signed-in person (masked phone, language), or 401
import { requireSession } from "@/lib/auth/current-user";
import { route } from "@/lib/http/route";
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
});
