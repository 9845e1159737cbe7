import type { MetadataRoute } from "next";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/config";
import { buildManifest } from "@/lib/pwa/manifest";

// Browsers fetch the manifest without cookies, so in practice Accept-Language decides; zh-CN by default.
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  return buildManifest(
    resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language")),
  );
}
