import type { Metadata } from "next";
import { createTranslator } from "next-intl";
import { RetryButton } from "@/components/offline/retry-button";
import { SECTIONS } from "@/components/shell/sections";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icons";
import { catalogueFor } from "@/lib/i18n/catalogue";

// The offline fallback is stored once and shown whatever the language setting: it speaks both.
const SEPARATOR = " · ";

// The request's catalogue holds one language only, so each language gets its own translator.
const zh = createTranslator({ locale: "zh-CN", messages: catalogueFor("zh-CN") });
const en = createTranslator({ locale: "en", messages: catalogueFor("en") });

export const metadata: Metadata = {
  title: `${zh("offline.title")}${SEPARATOR}${en("offline.title")}`,
  robots: { index: false },
};

export default function OfflinePage() {
  return (
    <div className="flex flex-col gap-4" data-testid="offline-page">
      <h1 className="text-2xl font-bold">
        <span lang="zh-CN">{zh("offline.title")}</span>
        {SEPARATOR}
        <span lang="en">{en("offline.title")}</span>
      </h1>
      <Card>
        <p lang="zh-CN">{zh("offline.explain")}</p>
        <p lang="en" className="mt-2 text-[var(--muted)]">
          {en("offline.explain")}
        </p>
        <div className="mt-4">
          <RetryButton>
            <span>
              <span lang="zh-CN">{zh("offline.retry")}</span>
              {SEPARATOR}
              <span lang="en">{en("offline.retry")}</span>
            </span>
          </RetryButton>
        </div>
      </Card>
      <Card>
        <h2 className="text-lg font-bold">
          <span lang="zh-CN">{zh("offline.pagesHeading")}</span>
          {SEPARATOR}
          <span lang="en">{en("offline.pagesHeading")}</span>
        </h2>
        <p className="mt-1 text-sm text-[var(--muted)]">
          <span lang="zh-CN">{zh("offline.pagesHint")}</span> <span lang="en">{en("offline.pagesHint")}</span>
        </p>
        <ul className="mt-3 grid gap-2 sm:grid-cols-2">
          {SECTIONS.map((page) => (
            <li key={page.key}>
              {/* A full page load: offline, only a stored document can answer, not a client-side navigation. */}
              <a
                href={page.href}
                className="touch-target flex items-center gap-3 rounded-xl border border-[var(--border)] px-4 py-2 font-semibold text-[var(--accent)]"
              >
                <Icon name={page.key} className="h-6 w-6 shrink-0" />
                <span>
                  <span lang="zh-CN">{zh(`common.tabs.${page.key}`)}</span>
                  {SEPARATOR}
                  <span lang="en">{en(`common.tabs.${page.key}`)}</span>
                </span>
              </a>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
