// GET /manifest.webmanifest?lang=zh-CN|en — the web app manifest in one language (names, shortcuts)
import { cookies, headers } from "next/headers";
import { z } from "zod";
import { parseQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { LOCALE_COOKIE, LOCALES, resolveLocale } from "@/lib/i18n/config";
import { buildManifest } from "@/lib/pwa/manifest";

export const dynamic = "force-dynamic";

const ManifestQuery = z.object({ lang: z.enum(LOCALES).optional() }).strict();

// Browsers fetch the manifest without cookies, so pages link it with ?lang= of the language they are shown in;
// without it the cookie (when sent) and then Accept-Language decide, zh-CN by default.
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    const { lang } = parseQuery(request, ManifestQuery);
    let locale = lang;
    if (!locale) {
      const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
      locale = resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language"));
    }
    return Response.json(buildManifest(locale), {
      headers: {
        "Content-Type": "application/manifest+json; charset=utf-8",
        // With ?lang= the answer is the same for everyone; without it, it follows the request's language.
        "Cache-Control": lang ? "public, max-age=3600" : "private, no-cache",
        ...(lang ? {} : { Vary: "Cookie, Accept-Language" }),
      },
    });
  }),
});
