import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import {
  DEFAULT_ORIGIN,
  DEFAULT_RADIUS_KM,
  type LotsResponse,
  lotsUrl,
} from "@/components/parking/lot-model";
import { ParkingExplorer } from "@/components/parking/parking-explorer";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { cityBrain } from "@/lib/citybrain/source";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { serverAnswer } from "@/lib/http/server-answer";
import { ELDER_COOKIE, type Locale } from "@/lib/i18n/config";
import { mapTilesFor } from "@/lib/maps/tile-provider";
import { NearbyLotsQuery } from "@/lib/parking/nearby-lots";
import { nearbyLotsRead } from "@/lib/parking/public-reads";

/** The lots around the starting point, in the page itself: the list is there before any script has run. */
function lotsAroundStart(locale: Locale) {
  const url = lotsUrl(DEFAULT_ORIGIN, DEFAULT_RADIUS_KM, locale);
  return serverAnswer<LotsResponse>(url, async () => {
    // Read exactly as the API reads this URL, so the answer is the one the browser would be given.
    const { lang: _, ...params } = Object.fromEntries(new URL(url, "http://page").searchParams);
    return nearbyLotsRead(await getDb(), cityBrain(), NearbyLotsQuery.parse(params), locale, serverNow());
  });
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("services.parking");
  return { title: t("title") };
}

export default async function ParkingPage() {
  const [t, cookieStore, locale] = await Promise.all([getTranslations(), cookies(), getLocale()]);
  const initialLots = await lotsAroundStart(locale as Locale);
  return (
    <>
      <PageHeader title={t("services.parking.title")} />
      <p className="mb-4 text-[var(--muted)]">{t("parking.intro")}</p>
      <IntentLink
        href="/parking/car"
        className="touch-target mb-4 inline-flex items-center font-semibold underline"
      >
        {t("reservations.car.link")}
      </IntentLink>
      {/* The tile settings are read per request, so a deployment can change tile servers without a rebuild. */}
      <ParkingExplorer
        tiles={mapTilesFor(env(), locale as Locale)}
        elder={cookieStore.get(ELDER_COOKIE)?.value === "1"}
        initialLots={initialLots}
      />
    </>
  );
}
