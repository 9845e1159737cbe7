import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";

export async function AppHeader() {
  const t = await getTranslations("common");
  const sandbox = env().APP_ENV === "sandbox";
  return (
    <header className="sticky top-0 z-[1000] border-b border-[var(--border)] bg-[var(--card)]/95 backdrop-blur">
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-2 px-4 py-2">
        <Link href="/" className="touch-target flex items-center gap-2 text-lg font-bold">
          {t("appName")}
        </Link>
        {sandbox && (
          <span
            data-testid="sandbox-badge"
            className="rounded-full border border-amber-700 px-2 py-0.5 text-xs font-semibold text-amber-800 dark:border-amber-300 dark:text-amber-200"
          >
            {t("sandboxBadge")}
          </span>
        )}
      </div>
    </header>
  );
}
