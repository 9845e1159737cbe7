import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BillList } from "@/components/bills/bill-list";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("billsUi");
  return { title: t("title") };
}

export default async function BillsPage() {
  const t = await getTranslations("billsUi");
  return (
    <>
      <PageHeader title={t("title")}>
        <IntentLink
          href="/me/vehicles"
          className="touch-target inline-flex items-center font-semibold underline"
        >
          {t("vehiclesLink")}
        </IntentLink>
      </PageHeader>
      <BillList />
    </>
  );
}
