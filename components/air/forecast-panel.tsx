"use client";

import dynamic from "next/dynamic";
import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { useDisplayFormat } from "@/components/data/use-display-format";
import type { AirChartProps } from "./air-chart";
import { AqiChip } from "./aqi-chip";
import type { AqiCategoryLook } from "./aqi-look";
import { CHART_MEASURES, type ChartMeasure, chartSeries, forecastPeak } from "./chart-series";
import type { AdviceByLevel, AirForecastAnswer } from "./types";
import { useAqiWords } from "./use-aqi-words";

const CHART_HEIGHT = { normal: 220, elder: 280 };

// The chart's script (uPlot) is fetched only when a forecast is shown, after the page's first paint.
const AirChart = dynamic<AirChartProps>(() => import("./air-chart"), {
  ssr: false,
  loading: () => <div style={{ height: CHART_HEIGHT.normal }} />,
});

/** One outlook (a period or a day) as text beside its colour chip: AQI, category, main pollutants. */
function Outlook({
  label,
  outlook,
  extra,
  testId,
}: {
  label: string;
  outlook: AirForecastAnswer["days"][number] | AirForecastAnswer["periods"][number];
  extra?: string;
  testId: string;
}) {
  const t = useTranslations("airUi");
  const words = useAqiWords();
  return (
    <li className="flex items-start gap-3 p-3" data-testid={testId} data-level={outlook.level ?? "none"}>
      <AqiChip aqi={outlook.aqi} level={outlook.level} colour={outlook.colour} />
      <div className="flex min-w-0 flex-col">
        <span className="font-semibold">{label}</span>
        <span>
          {outlook.aqi === null
            ? t("forecast.withheld")
            : `${t("aqi", { aqi: outlook.aqi })} · ${words.category(outlook.category)}`}
        </span>
        {outlook.primary.length > 0 && (
          <span className="text-sm">{words.primary(outlook.primary, outlook.aqi)}</span>
        )}
        {extra && <span className="text-sm">{extra}</span>}
      </div>
    </li>
  );
}

/** The past 72 h and the next 72 h of a place: a chart with its summary in words, the periods and days, the skill. */
export function ForecastPanel({
  answer,
  categories,
  advice,
  elder,
}: {
  answer: AirForecastAnswer;
  categories: readonly AqiCategoryLook[];
  advice: AdviceByLevel;
  elder: boolean;
}) {
  const t = useTranslations("airUi.forecast");
  const locale = useLocale();
  const format = useDisplayFormat();
  const words = useAqiWords();
  const [measure, setMeasure] = useState<ChartMeasure>("aqi");
  const group = useId();
  const series = useMemo(() => chartSeries(answer, measure), [answer, measure]);
  const labels = useMemo(() => ({ observed: t("observed"), forecast: t("forecast"), now: t("now") }), [t]);
  const bands = useMemo(() => (measure === "aqi" ? categories : []), [categories, measure]);
  const peak = forecastPeak(answer.hours);
  const byMethod = (method: "climatology" | "none") =>
    words.pollutants(
      Object.entries(answer.methods)
        .filter(([, m]) => m === method)
        .map(([p]) => p.toUpperCase()),
    );
  const climatology = byMethod("climatology");
  const none = byMethod("none");
  const skill = answer.model?.skill;
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  return (
    <section
      aria-labelledby="air-forecast-heading"
      className="flex flex-col gap-3"
      data-testid="air-forecast"
    >
      <h3 id="air-forecast-heading" className="text-lg font-bold">
        {t("heading")}
      </h3>
      <figure className="flex flex-col gap-2">
        <figcaption data-testid="air-forecast-summary">
          {peak
            ? t("summary", {
                past: answer.past.length,
                next: answer.hours.length,
                aqi: peak.aqi ?? 0,
                category: words.category(peak.category),
                time: format.dateTime(peak.at),
              })
            : t("summaryNone", { past: answer.past.length, next: answer.hours.length })}
        </figcaption>
        <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <legend className="sr-only">{t("measure")}</legend>
          {CHART_MEASURES.map((m) => (
            <label key={m} className="touch-target flex items-center gap-1.5">
              <input type="radio" name={group} checked={measure === m} onChange={() => setMeasure(m)} />
              {t(`measures.${m}`)}
            </label>
          ))}
        </fieldset>
        <div aria-hidden="true" style={{ minHeight: elder ? CHART_HEIGHT.elder : CHART_HEIGHT.normal }}>
          <AirChart series={series} bands={bands} labels={labels} locale={locale} elder={elder} />
        </div>
        <p className="text-sm text-[var(--muted)]">{t("chartLabel")}</p>
      </figure>
      <h4 className="font-bold">{t("periodsHeading")}</h4>
      <ul className="flex flex-col divide-y divide-[var(--border)] rounded-2xl border border-[var(--border)] bg-[var(--card)]">
        {answer.periods.map((period) => (
          <Outlook
            key={period.key}
            testId="air-period"
            label={t(`periods.${period.key}`)}
            outlook={period}
            extra={period.level ? advice[period.level]?.brief : undefined}
          />
        ))}
      </ul>
      <h4 className="font-bold">{t("daysHeading")}</h4>
      <ul className="flex flex-col divide-y divide-[var(--border)] rounded-2xl border border-[var(--border)] bg-[var(--card)]">
        {answer.days.map((day, i) => (
          <Outlook
            key={day.date}
            testId="air-day"
            label={`${i < 3 ? t(`day.${i as 0 | 1 | 2}`) : ""} ${format.calendarDay(day.date)}`.trim()}
            outlook={day}
          />
        ))}
      </ul>
      {climatology && <p data-testid="air-climatology">{t("climatology", { list: climatology })}</p>}
      {none && <p>{t("none", { list: none })}</p>}
      <p data-testid="air-skill" className="text-sm">
        {answer.model === null
          ? t("untrained")
          : skill
            ? t("skill", {
                days: skill.days,
                hours: skill.horizonHours,
                hit: percent(skill.hit),
                persistence: percent(skill.persistenceHit),
              })
            : t("skillNone")}
      </p>
    </section>
  );
}
