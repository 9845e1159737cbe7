import { createECDH, randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext } from "@playwright/test";
import type { InboxItem } from "../components/push/push-api";
import { expect, signInViaApi, test, uniqueIp } from "./fixtures";

test.describe("Notifications", { tag: ["@account", "@resident"] }, () => {
  /** What a browser's PushSubscription.toJSON() looks like (real P-256 key, 16-byte secret). */
  function browserSubscription(endpoint = `https://push.example.test/e2e/${randomBytes(6).toString("hex")}`) {
    const ecdh = createECDH("prime256v1");
    return {
      endpoint,
      expirationTime: null,
      keys: {
        p256dh: ecdh.generateKeys().toString("base64url"),
        auth: randomBytes(16).toString("base64url"),
      },
    };
  }

  type Listed = InboxItem;

  async function inbox(request: APIRequestContext): Promise<Listed[]> {
    const response = await request.get("/api/notifications");
    expect(response.status()).toBe(200);
    return ((await response.json()) as { notifications: Listed[] }).notifications;
  }

  test("the public key is public; everything else needs a session (401)", async ({ request }) => {
    const key = await request.get("/api/push/public-key");
    expect(key.status()).toBe(200);
    const { publicKey } = (await key.json()) as { publicKey: string };
    expect(Buffer.from(publicKey, "base64url")).toHaveLength(65);

    for (const [method, url, data] of [
      ["POST", "/api/push/subscriptions", browserSubscription()],
      ["DELETE", "/api/push/subscriptions", { endpoint: "https://push.example.test/x" }],
      ["POST", "/api/push/test", undefined],
      ["GET", "/api/notifications", undefined],
      ["POST", "/api/notifications/00000000-0000-4000-8000-000000000000/read", undefined],
    ] as const) {
      const response = await request.fetch(url, { method, data });
      expect(response.status(), `${method} ${url}`).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
    }
  });

  test("signed out, /me explains notifications and links to sign-in", async ({ page }) => {
    await page.goto("/me");
    const section = page.getByTestId("push-section");
    await expect(section.getByTestId("push-signed-out")).toContainText("登录后");
    await expect(section.getByRole("link", { name: "登录后开启通知" })).toHaveAttribute(
      "href",
      "/login?next=/me",
    );
    const axe = await new AxeBuilder({ page })
      .include('[data-testid="push-section"]')
      .withTags(["wcag2a", "wcag2aa"])
      .analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });

  test.describe("signed in", () => {
    const BAD_BODIES = [
      ["not JSON", "{", "JSON"],
      ["no endpoint", { keys: browserSubscription().keys }, "推送地址"],
      ["http endpoint", { ...browserSubscription(), endpoint: "http://push.example.test/x" }, "https://"],
      ["no keys", { endpoint: "https://push.example.test/x" }, "推送密钥"],
      [
        "short p256dh",
        { ...browserSubscription(), keys: { p256dh: "AAAA", auth: "AAAAAAAAAAAAAAAAAAAAAA" } },
        "推送密钥",
      ],
    ] as const;
    for (const [name, body, says] of BAD_BODIES) {
      test(`a bad subscription body (${name}) is a 400 that says what is wrong`, async ({ request }) => {
        await signInViaApi(request);
        const response = await request.post("/api/push/subscriptions", {
          headers: { "Content-Type": "application/json" },
          // A Buffer goes out byte for byte; Playwright would JSON-encode an unparsable string.
          data: typeof body === "string" ? Buffer.from(body) : body,
        });
        expect(response.status()).toBe(400);
        expect(((await response.json()) as { error: { message: string } }).error.message).toContain(says);
      });
    }

    test("subscribe 201, test 202 (push fails: unreachable service), list, unsubscribe 204", async ({
      request,
    }) => {
      await signInViaApi(request);
      const subscription = browserSubscription();
      for (let i = 0; i < 2; i++) {
        const saved = await request.post("/api/push/subscriptions", { data: subscription });
        expect(saved.status()).toBe(201);
        expect(await saved.json()).toEqual({ subscribed: true });
      }
      const sent = await request.post("/api/push/test");
      expect(sent.status()).toBe(202);
      const listed = await inbox(request);
      expect(listed).toHaveLength(1);
      expect(listed[0]).toMatchObject({
        topic: "test",
        title: "测试通知",
        url: "/me",
        readAt: null,
        deliveryStatus: "failed",
      });
      expect(Object.keys(listed[0]!).sort()).toEqual(
        ["body", "createdAt", "deliveryStatus", "id", "readAt", "title", "topic", "url"].sort(),
      );
      // A second tap within the same minute sends nothing new (the rule itself is unit-tested with a fixed clock).
      const again = await request.post("/api/push/test");
      expect(again.status()).toBe(202);
      const minute = (iso: string) => Math.floor(Date.parse(iso) / 60_000);
      if (minute(listed[0]!.createdAt) === Math.floor(Date.now() / 60_000)) {
        expect(((await again.json()) as { notification: Listed }).notification.id).toBe(listed[0]!.id);
        expect(await inbox(request)).toHaveLength(1);
      }

      const read = await request.post(`/api/notifications/${listed[0]!.id}/read`);
      expect(read.status()).toBe(204);
      expect((await inbox(request))[0]!.readAt).not.toBeNull();

      const removed = await request.delete("/api/push/subscriptions", {
        data: { endpoint: subscription.endpoint },
      });
      expect(removed.status()).toBe(204);
      const gone = await request.delete("/api/push/subscriptions", {
        data: { endpoint: subscription.endpoint },
      });
      expect(gone.status()).toBe(404);
    });

    test("without a subscription the test notification lands in the inbox as no_subscription", async ({
      request,
    }) => {
      await signInViaApi(request);
      const sent = await request.post("/api/push/test");
      expect(sent.status()).toBe(202);
      expect(((await sent.json()) as { notification: Listed }).notification.deliveryStatus).toBe(
        "no_subscription",
      );
      expect((await inbox(request))[0]).toMatchObject({
        title: "测试通知",
        deliveryStatus: "no_subscription",
      });
    });

    test("nobody can take over, remove or read another person's subscription or notification", async ({
      playwright,
      baseURL,
      clientIp,
    }) => {
      const alice = await playwright.request.newContext({
        baseURL,
        extraHTTPHeaders: { "x-forwarded-for": clientIp },
      });
      const mallory = await playwright.request.newContext({
        baseURL,
        extraHTTPHeaders: { "x-forwarded-for": uniqueIp() },
      });
      await signInViaApi(alice);
      await signInViaApi(mallory);
      const subscription = browserSubscription();
      expect((await alice.post("/api/push/subscriptions", { data: subscription })).status()).toBe(201);
      await alice.post("/api/push/test");
      const [hers] = await inbox(alice);

      // Registering her endpoint as his own is refused and changes nothing: it stays hers.
      const takeover = await mallory.post("/api/push/subscriptions", {
        data: browserSubscription(subscription.endpoint),
      });
      expect(takeover.status()).toBe(409);
      const refusal = (await takeover.json()) as { error: { code: string; message: string } };
      expect(refusal.error.code).toBe("conflict");
      expect(refusal.error.message).toContain("另一个账号");
      expect((await alice.post("/api/push/subscriptions", { data: subscription })).status()).toBe(201);

      const steal = await mallory.delete("/api/push/subscriptions", {
        data: { endpoint: subscription.endpoint },
      });
      expect(steal.status()).toBe(404);
      const unknown = await mallory.delete("/api/push/subscriptions", {
        data: { endpoint: "https://push.example.test/none" },
      });
      expect(await steal.text()).toBe(await unknown.text());
      expect((await mallory.post(`/api/notifications/${hers!.id}/read`)).status()).toBe(404);
      expect(await inbox(mallory)).toEqual([]);

      expect(
        (
          await alice.delete("/api/push/subscriptions", { data: { endpoint: subscription.endpoint } })
        ).status(),
      ).toBe(204);
      // Once she lets it go, the endpoint is free for whoever registers it next.
      expect((await mallory.post("/api/push/subscriptions", { data: subscription })).status()).toBe(201);
      await alice.dispose();
      await mallory.dispose();
    });
  });

  test.describe("notification switch when the browser refuses permission", () => {
    test.use({ permissions: [] });

    test("says notifications are blocked and how to allow them; the inbox still works", async ({ page }) => {
      await signInViaApi(page.request);
      await page.goto("/me");
      const section = page.getByTestId("push-section");
      // Without a grant, headless Chromium reports Notification.permission "denied" from the start.
      await expect(section.getByTestId("push-denied")).toContainText("允许");
      const toggle = section.getByRole("switch", { name: /通知/ });
      await expect(toggle).toHaveAttribute("aria-checked", "false");
      await expect(toggle).toBeDisabled();

      await section.getByTestId("push-test").click();
      await expect(section.getByTestId("push-test-outcome")).toContainText("消息列表");
      await expect(section.getByTestId("push-inbox-item").first()).toContainText("测试通知");
      await section
        .getByRole("button", { name: /标为已读/ })
        .first()
        .click();
      await expect(section.getByRole("button", { name: /标为已读/ })).toHaveCount(0);

      const axe = await new AxeBuilder({ page })
        .include('[data-testid="push-section"]')
        .withTags(["wcag2a", "wcag2aa"])
        .analyze();
      expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    });

    test("turning the switch on and answering “Block” explains how to re-enable", async ({ page }) => {
      // Headless Chromium shows no permission prompt; this stands in for a person tapping "Block" in it.
      await page.addInitScript(() => {
        let permission: NotificationPermission = "default";
        Object.defineProperty(Notification, "permission", { get: () => permission });
        Notification.requestPermission = async () => {
          permission = "denied";
          return permission;
        };
      });
      await signInViaApi(page.request);
      await page.goto("/me");
      const section = page.getByTestId("push-section");
      const toggle = section.getByRole("switch", { name: /通知/ });
      await expect(toggle).toBeEnabled();
      await expect(section.getByTestId("push-denied")).toHaveCount(0);
      await toggle.click();
      await expect(section.getByTestId("push-denied")).toContainText("允许");
      await expect(toggle).toHaveAttribute("aria-checked", "false");
    });
  });

  test.describe("notification switch when the browser cannot reach a push service", () => {
    test.use({ permissions: ["notifications"] });

    test("says subscribing failed and offers a retry", async ({ page }) => {
      // Service workers are blocked here (and Debian's Chromium has no push service), so subscribing fails.
      await signInViaApi(page.request);
      // The page waits 10 s for a service worker before it gives up: the test moves the page's clock instead.
      await page.clock.install();
      await page.goto("/me");
      const section = page.getByTestId("push-section");
      const toggle = section.getByRole("switch", { name: /通知/ });
      await expect(toggle).toBeEnabled();
      await toggle.click();
      const failed = section.getByTestId("push-failed");
      // Forward again until it shows: the first jump may come before the page has started its wait.
      await expect(async () => {
        await page.clock.fastForward(10_000);
        await expect(failed).toContainText("推送服务", { timeout: 1_000 });
      }).toPass();
      await expect(failed.getByRole("button", { name: "重试" })).toBeVisible();
      await expect(toggle).toHaveAttribute("aria-checked", "false");
    });
  });

  test.describe("service worker push handlers", () => {
    test.use({ serviceWorkers: "allow", permissions: ["notifications"] });

    test("a push shows the notification it carries, and a malformed one a general message", async ({
      page,
      context,
    }) => {
      await page.goto("/");
      await page.evaluate(async () => {
        await navigator.serviceWorker.register("/sw.js", { scope: "/" });
        await navigator.serviceWorker.ready;
      });
      const cdp = await context.newCDPSession(page);
      const registered = new Promise<string>((resolve) => {
        cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
          const ours = registrations.find(
            (r) => r.scopeURL.startsWith(new URL(page.url()).origin) && !r.isDeleted,
          );
          if (ours) resolve(ours.registrationId);
        });
      });
      await cdp.send("ServiceWorker.enable");
      const registrationId = await registered;
      const origin = new URL(page.url()).origin;
      const shown = () =>
        page.evaluate(async () =>
          (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({
            title: n.title,
            body: n.body,
            tag: n.tag,
            icon: n.icon,
            url: (n.data as { url?: string } | null)?.url,
          })),
        );

      const payload = { id: "n1", title: "停车账单待支付", body: "湖滨 12 元", url: "/parking", tag: "n1" };
      await cdp.send("ServiceWorker.deliverPushMessage", {
        origin,
        registrationId,
        data: JSON.stringify(payload),
      });
      await expect.poll(shown).toContainEqual({
        title: "停车账单待支付",
        body: "湖滨 12 元",
        tag: "n1",
        icon: `${origin}/icons/icon-192.png`,
        url: "/parking",
      });

      // Once in CI (Postgres run, loaded machine) this second delivery was never shown, the first one was; the cause
      // was not found. Delivered again until shown: a worker that cannot show it still fails every try.
      await expect(async () => {
        await cdp.send("ServiceWorker.deliverPushMessage", { origin, registrationId, data: "not json" });
        await expect
          .poll(async () => (await shown()).map((n) => n.title), { timeout: 4_000 })
          .toContain("杭州城市大脑");
      }).toPass({ timeout: 15_000 });
      expect((await shown()).find((n) => n.title === "杭州城市大脑")?.url).toBe("/");
    });
  });
});
