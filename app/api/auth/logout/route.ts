// POST /api/auth/logout — sign out this device, or every device with {"everywhere":true}; always 204
import { cookies } from "next/headers";
import { currentSession } from "@/lib/auth/current-user";
import { LogoutInput } from "@/lib/auth/inputs";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { revokeAllSessions, revokeSession } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import { noContent, readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route(async (request) => {
    const { everywhere } = await readJson(request, LogoutInput);
    const session = await currentSession();
    if (session) {
      const db = await getDb();
      if (everywhere) await revokeAllSessions(db, session.user.id);
      else await revokeSession(db, session.sessionId);
    }
    (await cookies()).set(SESSION_COOKIE, "", { ...sessionCookieOptions(request, new Date(0)), maxAge: 0 });
    return noContent({ "Cache-Control": "no-store" });
  }),
});
