"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { SECTIONS } from "@/components/shell/sections";
import { Icon } from "@/components/ui/icons";
import { IntentLink } from "@/components/ui/intent-link";

function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function TabBar() {
  const t = useTranslations("common.tabs");
  const pathname = usePathname() ?? "/";
  return (
    <nav
      aria-label={t("label")}
      className="fixed inset-x-0 bottom-0 z-[1000] border-t border-[var(--border)] bg-[var(--card)] pb-[env(safe-area-inset-bottom)]"
    >
      <ul className="tab-grid mx-auto grid max-w-3xl grid-cols-6">
        {SECTIONS.map((tab) => {
          const current = isCurrent(pathname, tab.href);
          return (
            <li key={tab.key}>
              <IntentLink
                href={tab.href}
                aria-current={current ? "page" : undefined}
                className={`touch-target flex min-w-0 flex-col items-center justify-center gap-0.5 py-1.5 text-center text-xs font-medium ${
                  current ? "text-[var(--accent)]" : "text-[var(--muted)]"
                }`}
              >
                <Icon name={tab.key} className="h-6 w-6" />
                <span>{t(tab.key)}</span>
              </IntentLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
