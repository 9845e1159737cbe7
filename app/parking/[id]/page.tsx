import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LotSummary } from "@/components/parking/lot-summary";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("parking.detail");
  return { title: t("title") };
}

// A minimal, honest page until the lot detail (tariff, prediction, reservation) lands.
export default async function ParkingLotPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, t] = await Promise.all([params, getTranslations("parking.detail")]);
  return (
    <>
      <PageHeader title={t("title")} />
      <LotSummary id={id} />
    </>
  );
}
