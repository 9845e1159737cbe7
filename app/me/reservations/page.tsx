import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ReservationsList } from "@/components/reservations/reservations-list";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/config";
import { reservableLotNames } from "@/lib/reservations/reservation-rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reservations.list");
  return { title: t("title") };
}

export default async function MyReservationsPage() {
  const [t, locale] = await Promise.all([getTranslations("reservations.list"), getLocale()]);
  return (
    <>
      <PageHeader title={t("title")} />
      <ReservationsList lotNames={reservableLotNames(locale as Locale)} />
    </>
  );
}
