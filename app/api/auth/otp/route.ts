// POST /api/auth/otp — text a sign-in code to a phone once the privacy policy in force is accepted
// (throttled per phone and per client address)
import { OtpRequestInput } from "@/lib/auth/inputs";
import { requestOtp } from "@/lib/auth/request-otp";
import { smsProviderFromEnv } from "@/lib/auth/sms";
import { getDb } from "@/lib/db/client";
import { clientIp } from "@/lib/http/client-ip";
import { readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { hasSandboxToken } from "@/lib/sandbox/sandbox-access";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route(async (request, { locale }) => {
    const { phone, privacyVersion, proof } = await readJson(request, OtpRequestInput);
    const { devCode } = await requestOtp(await getDb(), {
      phone,
      privacyVersion,
      proof,
      ip: clientIp(request),
      limitAddress: !hasSandboxToken(request),
      locale,
      sms: smsProviderFromEnv(),
    });
    return Response.json(
      { sent: true, ...(devCode ? { devCode } : {}) },
      { headers: { "Cache-Control": "no-store" } },
    );
  }),
});
