"use client";

import dynamic from "next/dynamic";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useDisplayFormat } from "@/components/data/use-display-format";
import { useWhereIsMyCar } from "@/components/data/use-personal-data";
import { NavigationButtons } from "@/components/maps/navigation-buttons";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import type { LatLng } from "@/lib/citybrain/types";
import { isApiError } from "@/lib/client/api";
import type { Locale } from "@/lib/i18n/config";
import type { MapTiles } from "@/lib/maps/tile-provider";
import { fen, formatFen } from "@/lib/money";
import { walkingLinks } from "./walking-links";

// Leaflet touches `window` when imported, so the map is only ever loaded in the browser.
const CarMap = dynamic(() => import("./car-map"), { ssr: false });

/** Where my cars are parked now, with a map, the fee so far and walking directions. */
export function WhereIsMyCar({ tiles, elder }: { tiles: MapTiles; elder: boolean }) {
  const t = useTranslations("reservations.car");
  const locale = useLocale() as Locale;
  const display = useDisplayFormat();
  const { data, error } = useWhereIsMyCar();
  const [me, setMe] = useState<LatLng | null>(null);
  const locate = () =>
    navigator.geolocation?.getCurrentPosition((p) =>
      setMe({ lat: p.coords.latitude, lng: p.coords.longitude }),
    );

  if (isApiError(error, 401)) {
    return (
      <IntentLink href="/login?next=/parking/car" className="font-semibold underline">
        {t("signIn")}
      </IntentLink>
    );
  }
  if (!data) return null;
  if (data.cars.length === 0) return <p data-testid="car-none">{t("none")}</p>;
  return (
    <div className="flex flex-col gap-4">
      {data.cars.map((car) => {
        const links = walkingLinks(car.lot, car.lot.name);
        return (
          <Card key={car.stayId}>
            <section aria-label={car.plate} className="flex flex-col gap-2" data-testid="parked-car">
              <h2 className="text-xl font-bold">
                {car.plate} · <IntentLink href={`/parking/${car.lot.id}`}>{car.lot.name}</IntentLink>
              </h2>
              <p>{t("entered", { time: display.dateTime(car.entryAt) })}</p>
              <p>{t("elapsed", { duration: display.duration(car.elapsedMinutes) })}</p>
              {car.feeSoFarFen !== null && (
                <p className="font-semibold" data-testid="fee-so-far">
                  {t("feeSoFar", { fee: formatFen(fen(car.feeSoFarFen), locale) })}
                </p>
              )}
              <section aria-label={t("mapLabel")} className={elder ? "h-96" : "h-72"}>
                <CarMap car={car.lot} me={me} tiles={tiles} elder={elder} />
              </section>
              <Button variant="secondary" onClick={locate}>
                {t("locate")}
              </Button>
              <h3 className="font-semibold">{t("walk")}</h3>
              <NavigationButtons links={links} label={(app) => t(app)} />
            </section>
          </Card>
        );
      })}
    </div>
  );
}
