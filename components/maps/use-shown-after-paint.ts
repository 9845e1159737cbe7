"use client";

import { type RefObject, useEffect, useState } from "react";

/**
 * True once the element has been on screen with a size (not in a hidden tab or view) after the page's first paint
 * and a moment the browser had nothing else to do: a map's script and tiles then never delay the page's text, and
 * a list people can already use. Stays true afterwards, so hiding the element again keeps what it loaded.
 */
export function useShownAfterPaint(ref: RefObject<HTMLElement | null>): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (ready || !element) return;
    let cancelled = false;
    let scheduled = false;
    const whenIdle = (run: () => void) =>
      typeof window.requestIdleCallback === "function"
        ? window.requestIdleCallback(run, { timeout: 1_500 })
        : setTimeout(run, 200);
    const observer = new ResizeObserver(([entry]) => {
      if (!entry || entry.contentRect.width === 0 || entry.contentRect.height === 0 || scheduled) return;
      scheduled = true;
      // Two frames: the first paint has happened once the second one starts.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          whenIdle(() => {
            if (!cancelled) setReady(true);
          });
        }),
      );
    });
    observer.observe(element);
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [ref, ready]);
  return ready;
}
