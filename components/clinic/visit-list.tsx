"use client";

import { useTranslations } from "next-intl";
import { useDisplayFormat } from "@/components/data/use-display-format";
import { Card } from "@/components/ui/card";
import type { ClinicVisit } from "./types";

/**
 * My visits, each charge itemised as the hospital sent it: item, quantity, the insurance part (settled by the
 * hospital, shown only) and the self-pay part (on my line). An open visit is followed live by the data hook.
 */
export function VisitList({
  visits,
  error,
  hospitalName,
}: {
  visits?: ClinicVisit[];
  error?: unknown;
  hospitalName: ReadonlyMap<string, string>;
}) {
  const t = useTranslations("clinicUi.visits");
  const display = useDisplayFormat();
  return (
    <section aria-labelledby="clinic-visits-heading" className="flex flex-col gap-3">
      <h2 id="clinic-visits-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      {error && !visits ? <p role="alert">{t("loadFailed")}</p> : null}
      {visits?.length === 0 && <p data-testid="visits-empty">{t("empty")}</p>}
      {visits && visits.length > 0 && (
        <ul className="flex flex-col gap-3" data-testid="visit-list">
          {visits.map((visit) => (
            <li key={visit.id} data-testid="visit" data-visit-id={visit.visitId} data-status={visit.status}>
              <Card>
                <div className="flex flex-col gap-2">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <h3 className="font-semibold">
                      {hospitalName.get(visit.hospitalId) ?? visit.hospitalId}
                    </h3>
                    <span className="text-sm font-semibold">
                      {t(visit.status === "open" ? "open" : "closed")}
                    </span>
                  </div>
                  <p className="text-sm text-[var(--muted)]">
                    {display.dateTime(visit.openedAt)}
                    {visit.closedAt ? ` – ${display.dateTime(visit.closedAt)}` : ""}
                  </p>
                  {visit.status === "open" && (
                    <p className="text-sm" role="status">
                      {t("live")}
                    </p>
                  )}
                  <ul className="flex flex-col gap-2">
                    {visit.charges.map((charge) => (
                      <li
                        key={charge.chargeId}
                        data-testid="charge"
                        data-charge-id={charge.chargeId}
                        data-status={charge.status}
                        className={`rounded-xl border border-[var(--border)] p-2 ${
                          charge.status === "cancelled" ? "opacity-80" : ""
                        }`}
                      >
                        <p className="flex flex-wrap justify-between gap-2 text-sm">
                          <span>{display.dateTime(charge.occurredAt)}</span>
                          {charge.status === "cancelled" && (
                            <strong data-testid="charge-cancelled">{t("cancelled")}</strong>
                          )}
                        </p>
                        <ul className="flex flex-col gap-1">
                          {charge.items.map((item) => (
                            <li key={item.code} data-testid="charge-item" className="flex flex-col">
                              <span className="font-semibold">
                                {t("item", { display: item.display, quantity: item.quantity })}
                              </span>
                              <span className="flex flex-wrap gap-x-3 text-sm">
                                <span>
                                  {t("insurancePart", { amount: display.money(item.insuranceFen) })}
                                </span>
                                <span data-testid="item-self-pay">
                                  {t("selfPayPart", { amount: display.money(item.selfPayFen) })}
                                </span>
                              </span>
                            </li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ul>
                  <p className="flex flex-wrap justify-between gap-2 border-t border-[var(--border)] pt-2">
                    <span>{t("totalInsurance", { amount: display.money(visit.insuranceFen) })}</span>
                    <strong data-testid="visit-self-pay">
                      {t("totalSelfPay", { amount: display.money(visit.selfPayFen) })}
                    </strong>
                  </p>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
