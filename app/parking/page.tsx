import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ServiceNotOpen } from "@/components/services/service-not-open";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("services.parking");
  return { title: t("title") };
}

export default function ParkingPage() {
  return <ServiceNotOpen service="parking" />;
}
