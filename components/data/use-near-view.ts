"use client";

import { type RefObject, useEffect, useState } from "react";

/**
 * True once the element has come within `margin` of the viewport (and from then on): what lies below the fold is
 * fetched and drawn as the reader scrolls towards it, not while the page is loading. True at once without
 * IntersectionObserver.
 */
export function useNearView(ref: RefObject<Element | null>, margin = "400px"): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    if (typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, near]);
  return near;
}
