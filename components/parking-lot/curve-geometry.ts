import { shanghaiParts } from "@/lib/time";
import type { CurvePoint, LotDetailResponse } from "./lot-detail-model";

export const CURVE_WIDTH = 320;
export const CURVE_HEIGHT = 120;
const DAY_MINUTES = 24 * 60;

/** Minutes since midnight in Hangzhou, the curve's x axis. */
export function minuteOfDay(instant: Date): number {
  const p = shanghaiParts(instant);
  return p.hour * 60 + p.minute;
}

const x = (minute: number) => (Math.min(minute, DAY_MINUTES) / DAY_MINUTES) * CURVE_WIDTH;
const y = (available: number, total: number) =>
  CURVE_HEIGHT - (total > 0 ? Math.min(1, Math.max(0, available / total)) : 0) * CURVE_HEIGHT;

/** SVG geometry of today's free spaces so far and the forecast ahead (forecasts past midnight are left out). */
export function curveGeometry(points: CurvePoint[], prediction: LotDetailResponse["prediction"]) {
  const line = points.map(
    (p) => `${x(minuteOfDay(new Date(p.at))).toFixed(1)},${y(p.available, p.total).toFixed(1)}`,
  );
  const last = points.at(-1);
  const start = last ? minuteOfDay(new Date(last.at)) : 0;
  const total = last?.total ?? 0;
  const forecasts =
    last && prediction
      ? prediction.horizons
          .filter((h) => start + h.minutes < DAY_MINUTES)
          .map((h) => ({
            minutes: h.minutes,
            cx: x(start + h.minutes),
            cy: y(h.available, total),
            top: y(h.high, total),
            bottom: y(h.low, total),
          }))
      : [];
  return { polyline: line.join(" "), forecasts };
}

/** The numbers a chart says to someone who cannot see it: now, and the fewest free spaces so far. */
export function curveFacts(points: CurvePoint[]) {
  if (points.length === 0) return null;
  const fewest = points.reduce((min, p) => (p.available < min.available ? p : min));
  return { now: points.at(-1)!, fewest };
}
