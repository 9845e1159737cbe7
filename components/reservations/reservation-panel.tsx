"use client";

import { useTranslations } from "next-intl";
import { usePlates, useReservableSpaces, useReservations } from "@/components/data/use-personal-data";
import { Card } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import { isApiError } from "@/lib/client/api";
import { MyReservations } from "./my-reservations";
import { ReservationForm } from "./reservation-form";

/** The car park page's booking card: sign in, pick a plate and an arrival time, pay the fee; my bookings. */
export function ReservationPanel({ lotId }: { lotId: string }) {
  const t = useTranslations("reservations");
  const plates = usePlates();
  const mine = useReservations(plates.data !== undefined);
  const capacity = useReservableSpaces(lotId);
  const signedOut = isApiError(plates.error, 401);
  const here = (mine.data?.reservations ?? []).filter((r) => r.lotId === lotId);

  return (
    <Card>
      <section
        aria-labelledby="reserve-title"
        className="flex flex-col gap-3"
        data-testid="reservation-panel"
      >
        <h2 id="reserve-title" className="text-lg font-bold">
          {t("title")}
        </h2>
        {capacity.data && (
          <p className="text-sm text-[var(--muted)]">{t("estimateNote", { spaces: capacity.data.spaces })}</p>
        )}
        {signedOut && (
          <IntentLink
            href={`/login?next=/parking/${encodeURIComponent(lotId)}`}
            className="font-semibold underline"
          >
            {t("signIn")}
          </IntentLink>
        )}
        {plates.data && plates.data.plates.length === 0 && (
          <IntentLink href="/me" className="font-semibold underline">
            {t("noPlates")}
          </IntentLink>
        )}
        {plates.data && plates.data.plates.length > 0 && (
          <ReservationForm
            lotId={lotId}
            plates={plates.data.plates.map((p) => p.plate)}
            onBooked={() => void mine.mutate()}
          />
        )}
        {mine.data && <MyReservations reservations={here} onChange={() => void mine.mutate()} />}
        {mine.data && (
          <IntentLink
            href="/me/reservations"
            className="touch-target inline-flex items-center font-semibold underline"
          >
            {t("list.all")}
          </IntentLink>
        )}
      </section>
    </Card>
  );
}
