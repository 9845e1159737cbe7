"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

type IntentLinkProps = Omit<ComponentProps<typeof Link>, "prefetch">;

/**
 * A link that fetches its page when the reader reaches for it (pointer over it, a finger on it, keyboard focus)
 * instead of when it scrolls into view. next/link's default prefetched the five tabs and the header's links on
 * every page view: ten server renders per view, and on a phone their answers were processed in long main-thread
 * tasks while the page was starting. A finger landing on a link enters it as a pointer too, before its click.
 */
export function IntentLink({ href, onPointerEnter, onFocus, ...props }: IntentLinkProps) {
  const router = useRouter();
  const path = typeof href === "string" && href.startsWith("/") ? href : null;
  const prefetch = () => {
    if (path) router.prefetch(path);
  };
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onPointerEnter={(event) => {
        prefetch();
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
    />
  );
}
