// GET /api/clinic/hospitals — Hangzhou's hospitals with the credit pilots marked (public)
import { publicCachingOf } from "@/lib/citybrain/feed-cache";
import { cityBrain } from "@/lib/citybrain/source";
import { clinicConfig } from "@/lib/clinic/clinic-config";
import { listClinicHospitals } from "@/lib/clinic/hospital-list";
import { getDb } from "@/lib/db/client";
import { publicAnswer } from "@/lib/http/public-answer";
import { LangQuery, publicLocale } from "@/lib/http/public-locale";
import { parseQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    parseQuery(request, LangQuery);
    const { locale, vary } = publicLocale(request);
    const { pilots } = clinicConfig();
    const { hospitals, version } = await listClinicHospitals(await getDb(), cityBrain(), pilots, locale);
    const key = `clinic-hospitals|${version}|${locale}|${[...pilots].join(",")}`;
    return publicAnswer(request, {
      key,
      caching: publicCachingOf("hospitals"),
      vary,
      build: async () => ({ hospitals }),
    });
  }),
});
