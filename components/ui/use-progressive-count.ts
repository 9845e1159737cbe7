"use client";

import { useEffect, useState } from "react";

/**
 * How many of `total` items to draw now: `batch` more after each turn of the event loop, so drawing many markers
 * never holds a slow phone's main thread for long (each batch is its own short task). Once grown it stays, so
 * items already drawn are never removed and drawn again.
 */
export function useProgressiveCount(total: number, batch: number): number {
  const [count, setCount] = useState(batch);
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => setCount(count + batch), 0);
    return () => clearTimeout(timer);
  }, [count, total, batch]);
  return Math.min(count, total);
}
