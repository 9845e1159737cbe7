import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LotDetail } from "@/components/parking-lot/lot-detail";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("parkingLot");
  return { title: t("title") };
}

export default async function LotPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <LotDetail id={decodeURIComponent(id)} />;
}
