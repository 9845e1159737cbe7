"use client";

import type { ComponentProps } from "react";
import { useHydrated } from "@/components/data/use-hydrated";

/**
 * A form that needs its script: its fields stay disabled until the page has hydrated. A tap before then would
 * submit natively (the page reloads and what was typed is lost), and text typed then is reset by React.
 * The layout classes go on the fieldset, which holds every field.
 */
export function ClientForm({ className, children, ...form }: ComponentProps<"form">) {
  const hydrated = useHydrated();
  return (
    <form {...form}>
      <fieldset disabled={!hydrated} className={`min-w-0 ${className ?? ""}`}>
        {children}
      </fieldset>
    </form>
  );
}
