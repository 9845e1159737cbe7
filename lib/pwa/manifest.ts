import type { MetadataRoute } from "next";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { SERVICE_STATUS, SERVICES } from "@/lib/services";

export const THEME_COLOR = "#0b5e58";
export const BACKGROUND_COLOR = "#f6f7f9";

/** The web app manifest in one language (names, shortcuts), the rest the same for everyone. */
export function buildManifest(locale: Locale): MetadataRoute.Manifest {
  const t = translatorFor(locale);
  return {
    id: "/",
    name: t("common.appName"),
    short_name: t("common.appShortName"),
    description: t("common.appDescription"),
    lang: locale,
    dir: "ltr",
    start_url: "/?source=pwa",
    scope: "/",
    display: "standalone",
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    categories: ["navigation", "travel", "health", "utilities", "lifestyle"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    // A shortcut promises a working service: those still to come are reached from Home, not from the icon.
    shortcuts: SERVICES.filter((service) => SERVICE_STATUS[service] !== "soon").map((service) => ({
      name: t(`services.${service}.title`),
      short_name: t(`services.${service}.name`),
      description: t(`services.${service}.summary`),
      url: `/${service}`,
      icons: [{ src: `/icons/shortcut-${service}.png`, sizes: "96x96", type: "image/png" }],
    })),
  };
}
