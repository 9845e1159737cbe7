// GET /api/parking/where-is-my-car — where my cars are parked now (open stays of my plates)
import { requireSession } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { whereIsMyCar } from "@/lib/parking/where-is-my-car";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request, { locale }) => {
    const { user } = await requireSession(request);
    const cars = await whereIsMyCar(await getDb(), user.id, locale);
    return Response.json({ cars }, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } });
  }),
});
