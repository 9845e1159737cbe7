// GET /api/clinic/hospitals — Hangzhou's hospitals with the credit pilots marked (public)
import { cityBrain } from "@/lib/citybrain/source";
import { clinicConfig } from "@/lib/clinic/clinic-config";
import { clinicHospitalsRead } from "@/lib/clinic/hospital-list";
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
    const read = await clinicHospitalsRead(await getDb(), cityBrain(), clinicConfig().pilots, locale);
    return publicAnswer(request, { ...read, vary });
  }),
});
