"use client";

import { create } from "qrcode";
import { useMemo } from "react";

const QUIET_ZONE = 4;

/**
 * A QR code as an SVG drawn from the symbol's modules (qrcode's encoder; no markup injected): black on white
 * with the standard 4-module quiet zone, so a counter's scanner reads it in dark mode too.
 */
export function QrCode({ text, label, className = "" }: { text: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => {
    const modules = create(text, { errorCorrectionLevel: "M" }).modules;
    let d = "";
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) {
        if (modules.get(row, col)) d += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
      }
    }
    return { size: modules.size + QUIET_ZONE * 2, path: d };
  }, [text]);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      className={className}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
