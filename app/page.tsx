import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { ServiceCard } from "@/components/home/service-card";
import { ELDER_COOKIE } from "@/lib/i18n/config";
import { SERVICES } from "@/lib/services";

export default async function HomePage() {
  const [t, cookieStore] = await Promise.all([getTranslations("home"), cookies()]);
  const simple = cookieStore.get(ELDER_COOKIE)?.value === "1";
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {!simple && <p className="mt-1 text-[var(--muted)]">{t("intro")}</p>}
      <ul className={`mt-4 grid gap-3 ${simple ? "grid-cols-1" : "sm:grid-cols-2"}`}>
        {SERVICES.map((service) => (
          <ServiceCard key={service} service={service} simple={simple} />
        ))}
      </ul>
    </>
  );
}
