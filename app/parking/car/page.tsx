import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { WhereIsMyCar } from "@/components/parked-car/where-is-my-car";
import { PageHeader } from "@/components/ui/page-header";
import { env } from "@/lib/env";
import { ELDER_COOKIE } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reservations.car");
  return { title: t("title") };
}

export default async function WhereIsMyCarPage() {
  const [t, cookieStore] = await Promise.all([getTranslations("reservations.car"), cookies()]);
  return (
    <>
      <PageHeader title={t("title")} />
      <WhereIsMyCar tileUrl={env().TILE_URL} elder={cookieStore.get(ELDER_COOKIE)?.value === "1"} />
    </>
  );
}
