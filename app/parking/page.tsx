import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ParkingExplorer } from "@/components/parking/parking-explorer";
import { PageHeader } from "@/components/ui/page-header";
import { env } from "@/lib/env";
import { ELDER_COOKIE, type Locale } from "@/lib/i18n/config";
import { mapTilesFor } from "@/lib/maps/tile-provider";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("services.parking");
  return { title: t("title") };
}

export default async function ParkingPage() {
  const [t, cookieStore, locale] = await Promise.all([getTranslations(), cookies(), getLocale()]);
  return (
    <>
      <PageHeader title={t("services.parking.title")} />
      <p className="mb-4 text-[var(--muted)]">{t("parking.intro")}</p>
      <Link
        href="/parking/car"
        className="touch-target mb-4 inline-flex items-center font-semibold underline"
      >
        {t("reservations.car.link")}
      </Link>
      {/* The tile settings are read per request, so a deployment can change tile servers without a rebuild. */}
      <ParkingExplorer
        tiles={mapTilesFor(env(), locale as Locale)}
        elder={cookieStore.get(ELDER_COOKIE)?.value === "1"}
      />
    </>
  );
}
