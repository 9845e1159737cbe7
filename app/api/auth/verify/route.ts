// POST /api/auth/verify — check a sign-in code, sign in (creating the account on first use), set the cookie
import { cookies } from "next/headers";
import { VerifyInput } from "@/lib/auth/inputs";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { verifyOtp } from "@/lib/auth/verify-otp";
import { getDb } from "@/lib/db/client";
import { clientIp } from "@/lib/http/client-ip";
import { readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { hasSandboxToken } from "@/lib/sandbox/sandbox-access";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route(async (request, { locale }) => {
    const { phone, code } = await readJson(request, VerifyInput);
    const { user, token, expiresAt } = await verifyOtp(await getDb(), {
      phone,
      code,
      ip: clientIp(request),
      limitAddress: !hasSandboxToken(request),
      locale,
      userAgent: request.headers.get("user-agent"),
    });
    (await cookies()).set(SESSION_COOKIE, token, sessionCookieOptions(request, expiresAt));
    return Response.json(
      { user: { id: user.id, phone: user.phone } },
      { headers: { "Cache-Control": "no-store" } },
    );
  }),
});
