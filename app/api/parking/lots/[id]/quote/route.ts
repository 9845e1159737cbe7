// GET /api/parking/lots/{id}/quote — the fee of a stay (entry, exit, vehicleClass) with its lines in plain words
import { cityBrain } from "@/lib/citybrain/source";
import { getDb } from "@/lib/db/client";
import { publicAnswer } from "@/lib/http/public-answer";
import { LangParam, publicLocale } from "@/lib/http/public-locale";
import { parseQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { QuoteQuery, quoteLotStay } from "@/lib/parking/lot-quote";

export const dynamic = "force-dynamic";

// Built once: a zod schema compiles its parser on first use (see ../../route.ts).
const QuoteQueryWithLang = QuoteQuery.extend(LangParam);

const QUOTE_CACHING = { maxAgeS: 300, staleWhileRevalidateS: 3_600 };

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route<{ id: string }>(async (request, { params }) => {
    const query = parseQuery(request, QuoteQueryWithLang);
    const { locale, vary } = publicLocale(request);
    const db = await getDb();
    // The same stay costs the same for everyone; the holiday calendar behind it changes a few times a year.
    return publicAnswer(request, {
      key: null,
      caching: QUOTE_CACHING,
      vary,
      build: () => quoteLotStay(db, cityBrain(), params.id, query, locale),
    });
  }),
});
