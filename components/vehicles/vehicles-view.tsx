"use client";

import { useTranslations } from "next-intl";
import { isUnauthorized } from "@/components/auth/unauthorized";
import { AsOf } from "@/components/data/as-of";
import { usePaymentAgreement, usePlates, useSessions } from "@/components/data/use-personal-data";
import { Card } from "@/components/ui/card";
import { AddPlateForm } from "./add-plate-form";
import { AgreementSection } from "./agreement-section";
import { PlateItem } from "./plate-item";
import { SandboxVisitForm } from "./sandbox-visit-form";
import { SignedOutPrompt } from "./signed-out-prompt";
import { MAX_PLATES } from "./types";

/** Me → Vehicles: plates with pay-later status, adding/removing plates, the payment agreement. */
export function VehiclesView({
  sandboxLots,
  licenceHint = false,
}: {
  sandboxLots?: { id: string; name: string }[];
  /** Sandbox only: explain how the sandbox licence check is passed. */
  licenceHint?: boolean;
}) {
  const t = useTranslations("vehicles");
  const plates = usePlates();
  const agreement = usePaymentAgreement();
  const sessions = useSessions();

  if (isUnauthorized(plates.error)) {
    return <SignedOutPrompt text={t("signedOut")} action={t("signIn")} next="/me/vehicles" />;
  }
  const refresh = () => Promise.all([plates.mutate(), agreement.mutate(), sessions.mutate()]);
  const list = plates.data?.plates;
  const overdue = (plate: string) =>
    sessions.data?.sessions.find((s) => s.plate === plate && s.status === "overdue")?.id;

  return (
    <div className="flex flex-col gap-4">
      <Card>
        <div className="flex flex-col gap-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-lg font-bold">{t("plates.heading")}</h2>
            {list && (
              <span className="text-sm text-[var(--muted)]">
                {t("plates.count", { count: list.length, max: MAX_PLATES })}
              </span>
            )}
          </div>
          {plates.fromCache && <AsOf at={plates.asOf} fromCache />}
          {plates.error && !list ? <p role="alert">{t("loadFailed")}</p> : null}
          {list && list.length === 0 && <p>{t("plates.empty")}</p>}
          {list && list.length > 0 && (
            <ul className="flex flex-col gap-3" data-testid="plate-list">
              {list.map((plate) => (
                <PlateItem
                  key={plate.plate}
                  plate={plate}
                  overdueBillId={overdue(plate.plate)}
                  onChanged={refresh}
                />
              ))}
            </ul>
          )}
        </div>
      </Card>
      <Card>
        <AddPlateForm count={list?.length ?? 0} onAdded={refresh} sandboxHint={licenceHint} />
      </Card>
      <AgreementSection agreement={agreement.data} onChanged={refresh} />
      {sandboxLots && (
        <SandboxVisitForm plates={(list ?? []).map((p) => p.plate)} lots={sandboxLots} onDone={refresh} />
      )}
    </div>
  );
}
