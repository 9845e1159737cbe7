import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BillReceipt } from "@/components/bills/bill-receipt";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("billsUi.receipt");
  return { title: t("title") };
}

export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, t] = await Promise.all([params, getTranslations("billsUi.receipt")]);
  return (
    <>
      <PageHeader title={t("title")} />
      <BillReceipt id={id} />
    </>
  );
}
