"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useSWRConfig } from "swr";
import { AsOf } from "@/components/data/as-of";
import { useCityData } from "@/components/data/use-city-data";
import { Card } from "@/components/ui/card";
import { selectAsOf } from "@/lib/client/city-data-store";
import { AvailabilityBadge } from "./availability-badge";
import { DEFAULT_ORIGIN, type LotsResponse, lotsUrl, type ParkingLot } from "./lot-model";
import { useLotFormat } from "./use-lot-format";

interface Found {
  lot: ParkingLot;
  asOf?: Date;
  fromCache: boolean;
}

// Until GET /api/parking/lots/{id} exists, a lot is found in the list answers: the widest one around
// West Lake, or any list answer already on this device (a lot found from "my location" far away).
const WIDE_SEARCH = lotsUrl(DEFAULT_ORIGIN, 10);

function useCachedLot(id: string): Found | undefined {
  const { cache } = useSWRConfig();
  const [found, setFound] = useState<Found>();
  useEffect(() => {
    for (const key of cache.keys()) {
      if (!key.startsWith("/api/parking/lots?")) continue;
      const selection = selectAsOf<LotsResponse>(cache.get(key)?.data);
      const lot = selection.data?.lots?.find((candidate) => candidate.id === id);
      if (lot) return setFound({ lot, asOf: selection.asOf, fromCache: true });
    }
  }, [cache, id]);
  return found;
}

/** The little we can say about one lot today: its name and free spaces, and what is still to come. */
export function LotSummary({ id }: { id: string }) {
  const t = useTranslations("parking");
  const f = useLotFormat();
  const wide = useCityData<LotsResponse>(WIDE_SEARCH);
  const cached = useCachedLot(id);
  const fresh = wide.data?.lots.find((lot) => lot.id === id);
  const found: Found | undefined = fresh
    ? { lot: fresh, asOf: wide.asOf, fromCache: wide.fromCache }
    : cached;

  return (
    <Card>
      {found ? (
        <div className="flex flex-col gap-2" data-testid="lot-summary">
          <div className="flex items-start justify-between gap-3">
            <h2 className="text-xl font-bold" data-testid="lot-name">
              {found.lot.name}
            </h2>
            <AvailabilityBadge lot={found.lot} />
          </div>
          <p className="text-lg font-semibold" data-testid="lot-free">
            {f.free(found.lot)}
          </p>
          {found.lot.estimated.capacity && <p className="text-sm text-[var(--muted)]">{t("lot.typical")}</p>}
          <p className="text-[var(--muted)]">{t("lot.counted", { time: f.time(found.lot.observedAt) })}</p>
          <AsOf at={found.asOf} fromCache={found.fromCache} />
        </div>
      ) : wide.isLoading ? (
        <p className="text-[var(--muted)]">{t("data.loading")}</p>
      ) : (
        <p data-testid="lot-not-found">{t("detail.notFound")}</p>
      )}
      <p className="mt-4" data-testid="detail-coming">
        {t("detail.coming")}
      </p>
      <Link
        href="/parking"
        className="touch-target mt-2 inline-flex items-center font-semibold text-[var(--accent)] underline"
      >
        {t("detail.back")}
      </Link>
    </Card>
  );
}
