// GET /manifest.webmanifest?lang=zh-CN|en — the web app manifest in one language (names, shortcuts)
import { LangQuery } from "@/lib/http/public-locale";
import { parseQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { buildManifest } from "@/lib/pwa/manifest";

export const dynamic = "force-dynamic";

// Browsers fetch the manifest without cookies, so pages link it with ?lang= of the language they are shown in;
// without it the cookie (when sent) and then Accept-Language decide, zh-CN by default (the request's locale).
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request, { locale }) => {
    const { lang } = parseQuery(request, LangQuery);
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
