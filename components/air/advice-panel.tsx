"use client";

import { useTranslations } from "next-intl";
import { ADVICE_TOPICS } from "@/lib/air/advice-topics";
import type { LevelAdvice } from "./types";

/** What the air now means for home, school, exercise, getting around and the sensitive groups. */
export function AdvicePanel({ advice }: { advice: LevelAdvice }) {
  const t = useTranslations("airUi.advice");
  return (
    <section aria-labelledby="air-advice-heading" className="flex flex-col gap-2" data-testid="air-advice">
      <h3 id="air-advice-heading" className="text-lg font-bold">
        {t("heading")}
      </h3>
      <dl className="flex flex-col gap-2">
        {ADVICE_TOPICS.map((topic) => (
          <div key={topic} data-testid={`air-advice-${topic}`}>
            <dt className="font-semibold">{t(`topics.${topic}`)}</dt>
            <dd>{advice.topics[topic]}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-[var(--muted)]">{t("standard")}</p>
    </section>
  );
}
