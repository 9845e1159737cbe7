import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LotDetail } from "@/components/parking-lot/lot-detail";
import { type LotDetailResponse, lotDetailUrl } from "@/components/parking-lot/lot-detail-model";
import { cityBrain } from "@/lib/citybrain/source";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { serverAnswer } from "@/lib/http/server-answer";
import type { Locale } from "@/lib/i18n/config";
import { lotDetailRead } from "@/lib/parking/public-reads";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("parkingLot");
  return { title: t("title") };
}

export default async function LotPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id: raw }, locale] = await Promise.all([params, getLocale() as Promise<Locale>]);
  const id = decodeURIComponent(raw);
  // The car park's data is in the page itself, so its free spaces show before any script has run.
  const initial = await serverAnswer<LotDetailResponse>(lotDetailUrl(id, locale), async () =>
    lotDetailRead(await getDb(), cityBrain(), id, locale, serverNow()),
  );
  return <LotDetail id={id} initial={initial} />;
}
