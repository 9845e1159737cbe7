import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "@playwright/test";
import { expect, type Page, signInViaApi, test, uniqueIp } from "./fixtures";

test.describe("Installable app and offline", { tag: ["@app", "@offline", "@tourist", "@resident"] }, () => {
  const OFFLINE_HEADING = "当前离线 · You are offline";

  /** Width and height from a PNG's IHDR chunk. */
  function pngSize(bytes: Buffer): { width: number; height: number } {
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }

  async function expectNoSeriousAxeViolations(page: Page) {
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }

  async function waitForServiceWorkerControl(page: Page) {
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
      .toBe(true);
  }

  /** True once the service worker keeps a document for this path (what an offline reload will get). */
  function isPageStored(page: Page, pathname: string) {
    return page.evaluate(
      async (p) =>
        (await caches.open("pages").then((c) => c.match(new URL(p, location.href).href))) !== undefined,
      pathname,
    );
  }

  test.describe("web app manifest", () => {
    test("is in Chinese by default and in English for an English browser", async ({ request }) => {
      const zh = await request.get("/manifest.webmanifest", { headers: { "Accept-Language": "" } });
      expect(zh.status()).toBe(200);
      expect(await zh.json()).toMatchObject({
        name: "杭州城市大脑",
        short_name: "城市大脑",
        lang: "zh-CN",
        dir: "ltr",
        id: "/",
        start_url: "/?source=pwa",
        scope: "/",
        display: "standalone",
        theme_color: "#0b5e58",
      });

      const en = await request.get("/manifest.webmanifest", {
        headers: { "Accept-Language": "en-GB,en;q=0.9" },
      });
      const manifest = await en.json();
      expect(manifest).toMatchObject({ name: "Hangzhou City Brain", short_name: "City Brain", lang: "en" });
      // Shortcuts only to services that work today: the others are not open yet.
      expect(manifest.shortcuts.map((s: { name: string; url: string }) => [s.name, s.url])).toEqual([
        ["Smart parking", "/parking"],
        ["Clinic pay-later on credit", "/clinic"],
        ["Air quality", "/air"],
      ]);
    });

    test("an English page links an English manifest, whatever the browser sends with it", async ({
      page,
      context,
      baseURL,
    }) => {
      await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
      await page.goto("/");
      const href = await page.locator('link[rel="manifest"]').getAttribute("href");
      expect(href).toBe("/manifest.webmanifest?lang=en");
      // Browsers fetch it without cookies and may send a Chinese Accept-Language: the link alone decides.
      const response = await page.request.fetch(href!, {
        headers: { cookie: "", "Accept-Language": "zh-CN" },
      });
      expect(response.headers()["content-type"]).toContain("application/manifest+json");
      expect(await response.json()).toMatchObject({ name: "Hangzhou City Brain", lang: "en" });
      const bad = await page.request.get("/manifest.webmanifest?lang=fr");
      expect(bad.status()).toBe(400);
      expect((await bad.json()).error.code).toBe("validation_failed");
    });

    test("every icon it names exists at the size it claims", async ({ request }) => {
      const manifest = await (await request.get("/manifest.webmanifest")).json();
      const icons: { src: string; sizes: string; purpose?: string }[] = [
        ...manifest.icons,
        ...manifest.shortcuts.flatMap((s: { icons: { src: string; sizes: string }[] }) => s.icons),
        { src: "/icons/apple-touch-icon.png", sizes: "180x180" },
      ];
      expect(
        manifest.icons.map((i: { purpose: string; sizes: string }) => `${i.purpose} ${i.sizes}`),
      ).toEqual(["any 192x192", "any 512x512", "maskable 512x512"]);
      for (const icon of icons) {
        const response = await request.get(icon.src);
        expect(response.status(), icon.src).toBe(200);
        expect(response.headers()["content-type"]).toBe("image/png");
        const { width, height } = pngSize(await response.body());
        expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
      }
    });

    test("pages link the manifest and the Apple touch icon", async ({ page }) => {
      await page.goto("/");
      await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
        "href",
        "/manifest.webmanifest?lang=zh-CN",
      );
      await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute(
        "href",
        "/icons/apple-touch-icon.png",
      );
    });
  });

  test.describe("installability", () => {
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures from this pattern; none are needed.
    test("Chromium finds nothing missing, and does find a broken manifest", async ({}, testInfo) => {
      const { baseURL, launchOptions } = testInfo.project.use;
      // A default (incognito-like) context always reports "in-incognito"; a persistent profile does not.
      const profile = await mkdtemp(path.join(os.tmpdir(), "pwa-install-"));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: launchOptions?.executablePath,
        args: launchOptions?.args,
        baseURL,
        locale: "zh-CN",
        serviceWorkers: "allow",
        extraHTTPHeaders: { "x-forwarded-for": uniqueIp() },
      });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto("/");
        await waitForServiceWorkerControl(page);
        const cdp = await context.newCDPSession(page);
        const manifest = await cdp.send("Page.getAppManifest");
        expect(manifest.url).toMatch(/\/manifest\.webmanifest\?lang=zh-CN$/);
        expect(manifest.errors).toEqual([]);
        const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
        expect(installabilityErrors).toEqual([]);

        // Negative control: the same check fails for a manifest without icons, so the pass above means something.
        await context.route(/\/manifest\.webmanifest/, (route) =>
          route.fulfill({ json: { name: "x", short_name: "x", start_url: "/", display: "standalone" } }),
        );
        await page.reload();
        await waitForServiceWorkerControl(page);
        const broken = await cdp.send("Page.getInstallabilityErrors");
        expect(broken.installabilityErrors.map((e) => e.errorId)).toContain("manifest-missing-suitable-icon");
      } finally {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      }
    });
  });

  test.describe("offline", () => {
    test.use({ serviceWorkers: "allow" });

    test("pages opened before still open offline; others get the offline page", { tag: "@smoke" }, async ({
      page,
      context,
      t,
    }) => {
      await page.goto("/");
      await waitForServiceWorkerControl(page);
      // A client-side navigation fetches no document; the runtime asks the worker to keep the page anyway.
      await page
        .getByRole("navigation", { name: t("common.tabs.label") })
        .getByRole("link", { name: t("common.tabs.parking") })
        .click();
      await expect(page).toHaveURL("/parking");
      await expect.poll(() => isPageStored(page, "/parking"), { timeout: 15_000 }).toBe(true);
      await expect.poll(() => isPageStored(page, "/"), { timeout: 15_000 }).toBe(true);

      await context.setOffline(true);
      try {
        await page.reload();
        await expect(
          page.getByRole("heading", { level: 1, name: t("services.parking.title") }),
        ).toBeVisible();
        await expect(page.getByTestId("offline-banner")).toHaveText(t("common.offlineNow"));

        await page.goto("/");
        await expect(page.getByRole("heading", { level: 1, name: t("home.title") })).toBeVisible();
        // The installed app starts at /?source=pwa: the same stored page.
        await page.goto("/?source=pwa");
        await expect(page.getByRole("heading", { level: 1, name: t("home.title") })).toBeVisible();

        await page.goto("/tour?never=visited");
        await expect(page.getByRole("heading", { level: 1, name: OFFLINE_HEADING })).toBeVisible();
        await expect(page.getByText("You are offline").first()).toHaveAttribute("lang", "en");
        await expect(page.getByRole("link", { name: "停车 · Parking" })).toHaveAttribute("href", "/parking");
        await expect(page.getByRole("button", { name: "重新连接 · Try again" })).toBeVisible();
      } finally {
        await context.setOffline(false);
      }
      await page.getByRole("button", { name: "重新连接 · Try again" }).click();
      await expect(page.getByRole("heading", { level: 1, name: t("services.tour.title") })).toBeVisible();
      await expect(page.getByTestId("offline-banner")).toBeEmpty();
    });

    test("Me shows the signed-in person's last data offline, labelled with its time", async ({
      page,
      context,
    }) => {
      const { phone } = await signInViaApi(page.request);
      const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;

      await page.goto("/");
      await waitForServiceWorkerControl(page);
      await page.goto("/me");
      await expect(page.getByText(masked)).toBeVisible();
      await expect.poll(() => isPageStored(page, "/me"), { timeout: 15_000 }).toBe(true);
      await expect
        .poll(() => page.evaluate(async () => (await caches.open("apis").then((c) => c.keys())).length))
        .toBeGreaterThan(0);

      await context.setOffline(true);
      try {
        await page.reload();
        await expect(page.getByText(masked)).toBeVisible();
        await expect(
          page.getByText(/离线 · 显示 (\d{1,2}月\d{1,2}日 )?\d{2}:\d{2} 的数据/).first(),
        ).toBeVisible();
      } finally {
        await context.setOffline(false);
      }
    });
  });

  test.describe("update", () => {
    test.use({ serviceWorkers: "allow" });

    test("a new version waits until the person chooses to reload", async ({ page }) => {
      await page.goto("/");
      await waitForServiceWorkerControl(page);
      const current = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
      await expect(page.getByTestId("update-banner")).toBeEmpty();

      // A different script URL is a new version to the browser, as a new build's sw.js would be.
      await page.evaluate(() => navigator.serviceWorker.register("/sw.js?version=next", { scope: "/" }));
      const update = page.getByTestId("update-banner").getByRole("button", { name: "立即更新" });
      await expect(update).toBeVisible({ timeout: 30_000 });
      await expect(page.getByTestId("update-banner")).toContainText("新版本已就绪。");
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(current);

      await Promise.all([page.waitForEvent("load"), update.click()]);
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL))
        .toContain("version=next");
    });
  });

  test.describe("accessibility", () => {
    test.use({ serviceWorkers: "allow" });

    test("the offline page, the offline banner and the install card pass axe", async ({ page, context }) => {
      // Two axe runs take ~10 s each on a busy 2-core machine.
      test.setTimeout(90_000);
      await page.goto("/me");
      const install = page.getByTestId("install-section");
      await expect(install.getByRole("heading", { name: "安装到主屏幕" })).toBeVisible();
      // Headless Chromium offers no install prompt here, so the card explains instead of showing a button.
      await expect(install).toHaveAttribute("data-mode", /^(unsupported|prompt)$/);
      await expectNoSeriousAxeViolations(page);

      await waitForServiceWorkerControl(page);
      await context.setOffline(true);
      try {
        await page.goto("/never-visited");
        await expect(page.getByRole("heading", { level: 1, name: OFFLINE_HEADING })).toBeVisible();
        await expect(page.getByTestId("offline-banner")).not.toBeEmpty();
        await expectNoSeriousAxeViolations(page);
      } finally {
        await context.setOffline(false);
      }
    });
  });
});
