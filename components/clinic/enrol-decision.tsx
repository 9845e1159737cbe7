"use client";

import { useTranslations } from "next-intl";
import { useDisplayFormat } from "@/components/data/use-display-format";
import { Card } from "@/components/ui/card";
import type { EnrolAnswer } from "./types";

/** The credit decision just made, in plain words: the line and tier, or why not and what to do instead. */
export function EnrolDecision({ decision }: { decision: EnrolAnswer }) {
  const t = useTranslations("clinicUi.decision");
  const root = useTranslations();
  const display = useDisplayFormat();
  const eligible = decision.account.status === "active";
  const translate = root as unknown as { has: (k: string) => boolean } & ((k: string, v?: object) => string);
  return (
    <Card>
      <div
        className="flex flex-col gap-2"
        role="status"
        data-testid="enrol-decision"
        data-eligible={eligible ? "true" : "false"}
      >
        <h2 className="text-lg font-bold">{t(eligible ? "eligible" : "notEligible")}</h2>
        {eligible && (
          <p className="text-lg" data-testid="decision-line">
            {t("line", {
              line: display.money(decision.account.creditLineFen),
              tier: decision.account.tier ?? 0,
            })}
          </p>
        )}
        <ul className="list-disc pl-5" data-testid="decision-reasons">
          {decision.reasons.map((reason) => (
            <li key={reason.key}>
              {translate.has(reason.key) ? translate(reason.key, reason.values) : reason.key}
            </li>
          ))}
        </ul>
        {eligible && <p>{t("nextStep")}</p>}
      </div>
    </Card>
  );
}
