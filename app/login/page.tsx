import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginFlow } from "@/components/auth/login-flow";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { currentSession } from "@/lib/auth/current-user";
import { safeNextPath } from "@/lib/auth/safe-next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("title"), robots: { index: false } };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const next = safeNextPath((await searchParams).next);
  if (await currentSession()) redirect(next);
  const t = await getTranslations("auth");
  return (
    <>
      <PageHeader title={t("title")} />
      <Card className="flex flex-col gap-4">
        <p className="text-lg">{t("intro")}</p>
        <LoginFlow next={next} />
      </Card>
    </>
  );
}
