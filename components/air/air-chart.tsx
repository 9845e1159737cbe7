"use client";

// uPlot (about 23 kB gzipped with its CSS, maintained): a canvas time-series chart small enough for a phone.
// Chart.js is about 3× that, Recharts (with d3) and ECharts 5–15×; both lines, dashes and a drawn "now" line
// are all this chart needs. Loaded with next/dynamic after the page has painted (forecast-panel.tsx).
import "uplot/dist/uPlot.min.css";
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import type { ChartSeries } from "./chart-series";

export interface AirChartProps {
  series: ChartSeries;
  /** Draw the AQI categories' colours behind the lines (AQI only: concentrations have other breakpoints). */
  bands: readonly { from: number; to: number; colour: string }[];
  labels: { observed: string; forecast: string; now: string };
  locale: string;
  elder: boolean;
}

const LINE = "#1e3a8a";

function hourLabel(locale: string) {
  const hour = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Shanghai",
    hour: "2-digit",
    hour12: false,
  });
  const day = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", {
    timeZone: "Asia/Shanghai",
    day: "numeric",
    month: "short",
  });
  return (seconds: number) => {
    const at = new Date(seconds * 1000);
    const h = hour.format(at);
    return h === "00" || h === "24" ? day.format(at) : `${h}:00`;
  };
}

/** The observed 72 h (solid) and the forecast 72 h (dashed, lighter) of one measure, with a line at now. */
export default function AirChart({ series, bands, labels, locale, elder }: AirChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const text = getComputedStyle(element).color;
    const fontPx = elder ? 16 : 12;
    const font = `${fontPx}px system-ui, sans-serif`;
    const label = hourLabel(locale);
    const options: uPlot.Options = {
      width: element.clientWidth,
      height: elder ? 280 : 220,
      legend: { show: false },
      // Ticks at Shanghai's midnights and hours, whatever the device's zone.
      tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), "Asia/Shanghai"),
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(max ?? 0, 50) * 1.1] } },
      axes: [
        {
          stroke: text,
          font,
          grid: { stroke: "rgba(128,128,128,0.2)" },
          values: (_u, splits) => splits.map(label),
          space: elder ? 90 : 70,
        },
        { stroke: text, font, size: elder ? 52 : 40, grid: { stroke: "rgba(128,128,128,0.2)" } },
      ],
      series: [
        {},
        { label: labels.observed, stroke: LINE, width: 2 },
        { label: labels.forecast, stroke: "rgba(30,58,138,0.6)", width: 2, dash: [6, 4] },
      ],
      hooks: {
        drawClear: [
          (u) => {
            const { ctx, bbox } = u;
            for (const band of bands) {
              const top = u.valToPos(band.to, "y", true);
              const bottom = u.valToPos(band.from, "y", true);
              ctx.fillStyle = `${band.colour}26`;
              ctx.fillRect(
                bbox.left,
                Math.max(top, bbox.top),
                bbox.width,
                Math.min(bottom, bbox.top + bbox.height) - Math.max(top, bbox.top),
              );
            }
          },
        ],
        draw: [
          (u) => {
            const { ctx, bbox } = u;
            const x = Math.round(u.valToPos(series.now, "x", true));
            ctx.save();
            // Solid, unlike the forecast's dashes (uPlot leaves the last series' dash set on the context).
            ctx.setLineDash([]);
            ctx.strokeStyle = text;
            ctx.lineWidth = 1;
            ctx.beginPath();
            ctx.moveTo(x, bbox.top);
            ctx.lineTo(x, bbox.top + bbox.height);
            ctx.stroke();
            ctx.fillStyle = text;
            ctx.font = `${fontPx * devicePixelRatio}px system-ui, sans-serif`;
            ctx.fillText(labels.now, x + 4 * devicePixelRatio, bbox.top + fontPx * devicePixelRatio);
            ctx.restore();
          },
        ],
      },
    };
    const chart = new uPlot(options, [series.x, series.observed, series.forecast], element);
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: element.clientWidth, height: options.height }),
    );
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [series, bands, labels, locale, elder]);
  return <div ref={box} className="w-full" data-testid="air-chart" />;
}
