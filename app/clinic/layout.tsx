import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SectionMessages } from "@/components/i18n/section-messages";
import { catalogueFor } from "@/lib/i18n/catalogue";
import { sectionMessages } from "@/lib/i18n/client-messages";
import type { Locale } from "@/lib/i18n/config";

export default async function ClinicLayout({ children }: { children: ReactNode }) {
  const locale = (await getLocale()) as Locale;
  return (
    <SectionMessages messages={sectionMessages(catalogueFor(locale), "clinic")}>{children}</SectionMessages>
  );
}
