import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { WhereIsMyCar } from "@/components/parked-car/where-is-my-car";
import { PageHeader } from "@/components/ui/page-header";
import { env } from "@/lib/env";
import { ELDER_COOKIE, type Locale } from "@/lib/i18n/config";
import { mapTilesFor } from "@/lib/maps/tile-provider";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reservations.car");
  return { title: t("title") };
}

export default async function WhereIsMyCarPage() {
  const [t, cookieStore, locale] = await Promise.all([
    getTranslations("reservations.car"),
    cookies(),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} />
      <WhereIsMyCar
        tiles={mapTilesFor(env(), locale as Locale)}
        elder={cookieStore.get(ELDER_COOKIE)?.value === "1"}
      />
    </>
  );
}
