import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SwrProvider } from "@/components/data/swr-provider";
import { PwaRuntime } from "@/components/pwa/pwa-runtime";
import { AppHeader } from "@/components/shell/app-header";
import { TabBar } from "@/components/shell/tab-bar";
import { catalogueFor } from "@/lib/i18n/catalogue";
import { clientMessages } from "@/lib/i18n/client-messages";
import { ELDER_COOKIE, type Locale } from "@/lib/i18n/config";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations("common"), getLocale()]);
  return {
    // The manifest is fetched without cookies: the page names its language, so an English reader installs an
    // app named in English.
    manifest: `/manifest.webmanifest?lang=${locale}`,
    title: { default: t("appName"), template: `%s · ${t("appShortName")}` },
    description: t("appDescription"),
    applicationName: t("appName"),
    appleWebApp: { capable: true, title: t("appShortName"), statusBarStyle: "default" },
    icons: { icon: "/icons/icon-192.png", apple: "/icons/apple-touch-icon.png" },
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#0b5e58" },
    { media: "(prefers-color-scheme: dark)", color: "#0b0f14" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, cookieStore, t] = await Promise.all([getLocale(), cookies(), getTranslations("common")]);
  const elder = cookieStore.get(ELDER_COOKIE)?.value === "1";
  return (
    <html lang={locale} data-elder={elder ? "true" : "false"}>
      <body className="min-h-dvh antialiased">
        <NextIntlClientProvider messages={clientMessages(catalogueFor(locale as Locale))}>
          <SwrProvider>
            <a
              href="#main"
              className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-[2000] focus:rounded focus:bg-[var(--card)] focus:p-2"
            >
              {t("skipToContent")}
            </a>
            <AppHeader />
            <main id="main" className="mx-auto max-w-3xl px-4 pb-28 pt-4">
              {children}
            </main>
            <TabBar />
            <PwaRuntime />
          </SwrProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
