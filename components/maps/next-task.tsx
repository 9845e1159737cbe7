"use client";

import { type ReactNode, useEffect, useState } from "react";

/** Draws its children one task after it mounts: a map's layers are then not created in the same long task as it. */
export function NextTask({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return ready ? children : null;
}
