"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import useSWR from "swr";
import { Card } from "@/components/ui/card";
import { MyReservations } from "./my-reservations";
import { ApiError, getJson, PLATES_KEY, RESERVATIONS_KEY, type Reservation } from "./reservation-api";
import { ReservationForm } from "./reservation-form";

const awaitingProvider = (r: Reservation) =>
  r.state === "pending_payment" || (r.refund !== null && r.refund.refundedAt === null);

/** The car park page's booking card: sign in, pick a plate and an arrival time, pay the fee; my bookings. */
export function ReservationPanel({ lotId }: { lotId: string }) {
  const t = useTranslations("reservations");
  const plates = useSWR(PLATES_KEY, (url: string) => getJson<{ plates: { plate: string }[] }>(url));
  const mine = useSWR(
    plates.data ? RESERVATIONS_KEY : null,
    (url: string) => getJson<{ reservations: Reservation[] }>(url),
    // Follow a fee or a refund the provider has not confirmed yet; otherwise no polling.
    { refreshInterval: (data) => (data?.reservations.some(awaitingProvider) ? 2_000 : 0) },
  );
  const capacity = useSWR(`/api/parking/lots/${encodeURIComponent(lotId)}/reservable`, (url: string) =>
    getJson<{ spaces: number }>(url),
  );
  const signedOut = plates.error instanceof ApiError && plates.error.status === 401;
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
          <Link
            href={`/login?next=/parking/${encodeURIComponent(lotId)}`}
            className="font-semibold underline"
          >
            {t("signIn")}
          </Link>
        )}
        {plates.data && plates.data.plates.length === 0 && (
          <Link href="/me" className="font-semibold underline">
            {t("noPlates")}
          </Link>
        )}
        {plates.data && plates.data.plates.length > 0 && (
          <ReservationForm
            lotId={lotId}
            plates={plates.data.plates.map((p) => p.plate)}
            onBooked={() => void mine.mutate()}
          />
        )}
        {mine.data && <MyReservations reservations={here} onChange={() => void mine.mutate()} />}
      </section>
    </Card>
  );
}
