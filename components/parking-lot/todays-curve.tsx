"use client";

import { useTranslations } from "next-intl";
import { useDisplayFormat } from "@/components/data/use-display-format";
import { Card } from "@/components/ui/card";
import { CURVE_HEIGHT, CURVE_WIDTH, curveFacts, curveGeometry } from "./curve-geometry";
import type { CurvePoint, LotDetailResponse } from "./lot-detail-model";

const HOUR_TICKS = [0, 6, 12, 18, 24];

/** Free spaces since midnight as a line, with the next hour's forecast as dots and ranges. */
export function TodaysCurve({
  points,
  prediction,
}: {
  points: CurvePoint[];
  prediction: LotDetailResponse["prediction"];
}) {
  const t = useTranslations("parkingLot.today");
  const display = useDisplayFormat();
  const facts = curveFacts(points);
  if (!facts) {
    return (
      <Card>
        <h2 className="mb-1 text-lg font-bold">{t("title")}</h2>
        <p className="text-[var(--muted)]">{t("none")}</p>
      </Card>
    );
  }
  const { polyline, forecasts } = curveGeometry(points, prediction);
  const time = display.time;
  const summary = t("summary", {
    now: facts.now.available,
    fewest: facts.fewest.available,
    fewestAt: time(facts.fewest.at),
  });
  return (
    <Card>
      <h2 className="mb-2 text-lg font-bold">{t("title")}</h2>
      <svg
        viewBox={`0 -4 ${CURVE_WIDTH} ${CURVE_HEIGHT + 20}`}
        role="img"
        aria-label={summary}
        className="w-full text-[var(--accent)]"
        data-testid="todays-curve"
      >
        <line
          x1={0}
          y1={CURVE_HEIGHT}
          x2={CURVE_WIDTH}
          y2={CURVE_HEIGHT}
          stroke="currentColor"
          opacity={0.3}
        />
        {HOUR_TICKS.map((hour) => (
          <text
            key={hour}
            x={(hour / 24) * CURVE_WIDTH}
            y={CURVE_HEIGHT + 14}
            fontSize={10}
            textAnchor={hour === 0 ? "start" : hour === 24 ? "end" : "middle"}
            fill="var(--muted)"
          >
            {`${String(hour).padStart(2, "0")}:00`}
          </text>
        ))}
        <polyline points={polyline} fill="none" stroke="currentColor" strokeWidth={2} />
        {forecasts.map((f) => (
          <g key={f.minutes} className="text-amber-700 dark:text-amber-300">
            <line x1={f.cx} x2={f.cx} y1={f.top} y2={f.bottom} stroke="currentColor" strokeWidth={2} />
            <circle cx={f.cx} cy={f.cy} r={3} fill="currentColor" />
          </g>
        ))}
      </svg>
      <p className="mt-2 text-sm">{summary}</p>
      {forecasts.length > 0 && <p className="text-sm text-[var(--muted)]">{t("legend")}</p>}
    </Card>
  );
}
