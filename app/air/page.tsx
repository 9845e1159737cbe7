import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { airStationsUrl } from "@/components/air/air-urls";
import { AirView } from "@/components/air/air-view";
import type { AqiCategoryLook } from "@/components/air/aqi-look";
import type { AdviceByLevel, AirStationsAnswer } from "@/components/air/types";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { airAdvice } from "@/lib/air/advice";
import { AQI_STANDARD } from "@/lib/air/aqi-standard";
import { airStationsRead } from "@/lib/air/stations";
import { cityBrain } from "@/lib/citybrain/source";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { serverAnswer } from "@/lib/http/server-answer";
import { ELDER_COOKIE, type Locale } from "@/lib/i18n/config";
import { mapTilesFor } from "@/lib/maps/tile-provider";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("services.air");
  return { title: t("title") };
}

// The scale's top: HJ 633 defines no IAQI above 500.
const SCALE_TOP = 500;

/** The six categories of HJ 633-2026 in the reader's language with their colours (the legend, the chart's bands). */
function categoriesIn(locale: Locale): AqiCategoryLook[] {
  return AQI_STANDARD.editions["HJ633-2026"].categories.map((c) => ({
    level: c.level,
    name: locale === "en" ? c.category_en : c.category_zh,
    colour: AQI_STANDARD.colors.find((colour) => colour.level === c.color_level)?.hex ?? "#9ca3af",
    from: c.aqi_min - 1,
    to: c.aqi_max ?? SCALE_TOP,
  }));
}

/** The advice of every level in the reader's language: the standard's table stays on the server. */
function adviceIn(locale: Locale): AdviceByLevel {
  const lang = locale === "en" ? "en" : "zh";
  return Object.fromEntries(
    [1, 2, 3, 4, 5, 6].map((level) => {
      const advice = airAdvice(level);
      const topics = Object.fromEntries(Object.entries(advice.topics).map(([k, v]) => [k, v[lang]]));
      return [level, { brief: advice.brief[lang], topics }];
    }),
  ) as AdviceByLevel;
}

export default async function AirPage() {
  const [t, cookieStore, locale] = await Promise.all([getTranslations(), cookies(), getLocale()]);
  const initial = await serverAnswer<AirStationsAnswer>(airStationsUrl(locale), async () =>
    airStationsRead(await getDb(), cityBrain(), locale as Locale),
  );
  return (
    <>
      <PageHeader title={t("services.air.title")} />
      <p className="mb-2">{t("airUi.intro")}</p>
      <IntentLink
        href="/air/alerts"
        data-testid="air-alerts-link"
        className="touch-target mb-4 inline-flex items-center font-semibold underline"
      >
        {t("airUi.alertsLink")}
      </IntentLink>
      <AirView
        tiles={mapTilesFor(env(), locale as Locale)}
        elder={cookieStore.get(ELDER_COOKIE)?.value === "1"}
        initial={initial}
        categories={categoriesIn(locale as Locale)}
        advice={adviceIn(locale as Locale)}
      />
    </>
  );
}
