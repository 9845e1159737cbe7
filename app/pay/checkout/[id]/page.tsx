import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { type Fen, formatFen } from "@/lib/money";
import { sandboxPaymentsAvailable } from "@/lib/payments/current-provider";
import { getSandboxCheckoutOrThrow, type SandboxCheckout } from "@/lib/payments/sandbox-checkout";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("billsUi.checkout");
  return { title: t("title"), robots: { index: false } };
}

/** The sandbox payment provider's checkout: the person confirms or cancels a one-off payment here. */
export default async function SandboxCheckoutPage({ params }: { params: Promise<{ id: string }> }) {
  if (!sandboxPaymentsAvailable()) notFound();
  const [{ id }, t, locale] = await Promise.all([params, getTranslations("billsUi.checkout"), getLocale()]);
  let checkout: SandboxCheckout;
  try {
    checkout = await getSandboxCheckoutOrThrow(await getDb(), id);
  } catch {
    notFound();
  }
  const rows: [string, string, string][] = [
    [t("amount"), formatFen(checkout.amountFen as Fen, locale as Locale), "checkout-amount"],
    [t("payee"), checkout.payee, "checkout-payee"],
    [t("description"), checkout.description, "checkout-description"],
    [t("transaction"), checkout.id, "checkout-transaction"],
  ];
  return (
    <>
      <PageHeader title={t("title")} />
      <div className="flex flex-col gap-4" data-testid="sandbox-checkout" data-state={checkout.state}>
        <p className="rounded-xl border border-amber-800 p-3 font-semibold text-amber-900 dark:border-amber-300 dark:text-amber-200">
          {t("sandboxNote")}
        </p>
        <Card>
          <dl>
            {rows.map(([label, value, testId]) => (
              <div
                key={testId}
                className="flex flex-wrap justify-between gap-2 border-b border-[var(--border)] py-2 last:border-b-0"
              >
                <dt className="text-[var(--muted)]">{label}</dt>
                <dd data-testid={testId} className="break-all font-semibold">
                  {value}
                </dd>
              </div>
            ))}
          </dl>
        </Card>
        {checkout.state === "open" ? (
          <form
            method="post"
            action={`/api/sandbox/provider/checkout/${encodeURIComponent(checkout.id)}`}
            className="flex flex-wrap gap-3"
          >
            <Button type="submit" name="decision" value="confirm" className="text-lg">
              {t("confirm")}
            </Button>
            <Button type="submit" name="decision" value="cancel" variant="secondary" className="text-lg">
              {t("cancel")}
            </Button>
          </form>
        ) : (
          <>
            <p role="status">{t(checkout.state)}</p>
            <a
              href={checkout.returnUrl}
              className="touch-target inline-flex items-center self-start font-semibold underline"
            >
              {t("back")}
            </a>
          </>
        )}
      </div>
    </>
  );
}
