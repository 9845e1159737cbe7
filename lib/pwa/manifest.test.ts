import { describe, expect, it } from "vitest";
import { SERVICE_STATUS, SERVICES } from "@/lib/services";
import { buildManifest } from "./manifest";

describe("buildManifest", () => {
  it.each([
    ["zh-CN", "杭州城市大脑", "城市大脑", "智慧停车"],
    ["en", "Hangzhou City Brain", "City Brain", "Smart parking"],
  ] as const)("names the app and its shortcuts in %s", (locale, name, shortName, parking) => {
    const manifest = buildManifest(locale);
    expect(manifest).toMatchObject({ name, short_name: shortName, lang: locale, dir: "ltr" });
    expect(manifest.shortcuts?.[0]?.name).toBe(parking);
  });

  it("is installable as a standalone app scoped to the whole site", () => {
    const manifest = buildManifest("zh-CN");
    expect(manifest).toMatchObject({ id: "/", start_url: "/?source=pwa", scope: "/", display: "standalone" });
    const icons = manifest.icons ?? [];
    expect(icons.filter((i) => i.purpose === "any").map((i) => i.sizes)).toEqual(["192x192", "512x512"]);
    expect(icons.find((i) => i.purpose === "maskable")?.sizes).toBe("512x512");
  });

  it("offers a shortcut only to services that work today, each with a 96 px icon", () => {
    const shortcuts = buildManifest("en").shortcuts ?? [];
    const working = SERVICES.filter((service) => SERVICE_STATUS[service] !== "soon");
    expect(working).toContain("parking");
    expect(shortcuts.map((s) => s.url)).toEqual(working.map((service) => `/${service}`));
    for (const shortcut of shortcuts) expect(shortcut.icons?.[0]?.sizes).toBe("96x96");
  });
});
