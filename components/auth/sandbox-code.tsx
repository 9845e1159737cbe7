"use client";

import { useTranslations } from "next-intl";

/** In the sandbox no SMS is sent: the code is shown here instead, clearly marked. */
export function SandboxCode({ code }: { code: string }) {
  const t = useTranslations("auth");
  const common = useTranslations("common");
  return (
    <div
      data-testid="sandbox-code"
      role="status"
      className="flex flex-wrap items-center gap-2 rounded-xl border border-amber-700 bg-amber-50 p-3 text-amber-950 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-50"
    >
      <span className="rounded-full border border-amber-800 px-2 py-0.5 text-sm font-semibold dark:border-amber-200">
        {common("sandboxBadge")}
      </span>
      <span>{t("sandboxNotice")}</span>
      <strong data-testid="sandbox-code-value" className="font-mono text-2xl tracking-widest">
        {code}
      </strong>
    </div>
  );
}
