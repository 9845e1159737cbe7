"use client";

import { useTranslations } from "next-intl";
import { useDisplayFormat } from "./use-display-format";

/** "数据截至 08:05" for fresh data; "离线 · 显示 08:05 的数据" for a stored copy. Time in Asia/Shanghai. */
export function AsOf({
  at,
  fromCache,
  className = "",
}: {
  at?: Date;
  fromCache: boolean;
  className?: string;
}) {
  const t = useTranslations("common");
  const format = useDisplayFormat();
  if (!at) return null;
  const time = format.asOf(at);
  return (
    <p
      data-testid="as-of"
      data-from-cache={fromCache ? "true" : "false"}
      className={`text-sm ${fromCache ? "font-semibold text-amber-800 dark:text-amber-200" : "text-[var(--muted)]"} ${className}`}
    >
      <time dateTime={at.toISOString()}>{t(fromCache ? "offlineAsOf" : "asOf", { time })}</time>
    </p>
  );
}
