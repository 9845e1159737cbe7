"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** Loads the address again: the real page if the connection is back, this page again if not. */
export function RetryButton({ children }: { children: ReactNode }) {
  return <Button onClick={() => window.location.reload()}>{children}</Button>;
}
