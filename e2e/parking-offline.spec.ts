import type { BrowserContext } from "@playwright/test";
import { expect, type Page, signInViaApi, test, uniquePhone } from "./fixtures";
import { deviceStore, isPageStored, storedApiPaths, waitForServiceWorkerControl } from "./offline-helpers";
import {
  bindPlateViaApi,
  hoursAgo,
  signInOnScreen,
  uniquePlate,
  visitViaApi,
  waitForBill,
} from "./resident-helpers";

test.describe("Bills offline", { tag: ["@parking", "@resident", "@offline"] }, () => {
  const WORDS = {
    "zh-CN": {
      offlineAsOf: /^离线 · 显示 (\d{1,2}月\d{1,2}日 )?\d{2}:\d{2} 的数据$/,
      offlineActions: "当前离线：支付和申诉需要联网，联网后再试。",
      pay: /立即支付/,
      dispute: "申诉该账单",
    },
    en: {
      offlineAsOf: /^Offline · showing data as of (\d{1,2} [A-Z][a-z]{2} )?\d{2}:\d{2}$/,
      offlineActions:
        "You are offline: paying and disputing need a connection. Try again when you are back online.",
      pay: /Pay now/,
      dispute: "Dispute this bill",
    },
  } as const;
  const SIGN_OUT = "退出登录";
  const SIGNED_OUT = "登录后可以绑定车牌、使用信用就医、保存行程。";

  /** A signed-in resident with one unpaid (due) bill, whose Bills page and receipt were opened online. */
  async function openBillsOnline(page: Page) {
    const plate = uniquePlate();
    await bindPlateViaApi(page.request, plate, { since: hoursAgo(3) });
    await visitViaApi(page.request, plate);
    // No payment agreement: nothing is debited, so the bill stays due and can be paid or disputed.
    const bill = await waitForBill(page.request, plate, "due");

    await page.goto("/");
    await waitForServiceWorkerControl(page);
    await page.goto("/me/bills");
    const item = page.locator(`[data-testid=bill-item][data-plate="${plate}"]`);
    await expect(item).toBeVisible();
    await expect(page.getByTestId("as-of")).toHaveAttribute("data-from-cache", "false");
    await item.getByRole("link").click();
    await expect(page).toHaveURL(`/me/bills/${bill.id}`);
    await expect(page.getByTestId("receipt")).toHaveAttribute("data-status", "due");
    await expect.poll(() => isPageStored(page, "/me/bills"), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => isPageStored(page, `/me/bills/${bill.id}`), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => storedApiPaths(page)).toContain("/api/parking/sessions");
    return { plate, bill };
  }

  /**
   * Opens `path`, once more if the app's own late navigation (a refresh or prefetch that fails as the network goes
   * and makes Next reload the page) cut the first try short with net::ERR_ABORTED, as it did once in CI.
   */
  async function gotoOnce(page: Page, path: string) {
    try {
      await page.goto(path);
    } catch (error) {
      if (!String(error).includes("net::ERR_ABORTED")) throw error;
      await page.goto(path);
    }
  }

  /** Offline, none of these pages shows anything of `plate`. */
  async function expectNotShownOffline(page: Page, context: BrowserContext, plate: string, paths: string[]) {
    await context.setOffline(true);
    try {
      for (const path of paths) {
        await gotoOnce(page, path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expect(page.getByText(plate)).toHaveCount(0);
      }
    } finally {
      await context.setOffline(false);
    }
  }

  test.describe("bills offline", () => {
    test.use({ serviceWorkers: "allow" });

    for (const locale of ["zh-CN", "en"] as const) {
      test(`the list and a receipt opened before are shown offline, labelled, without working buttons (${locale})`, async ({
        page,
        context,
        baseURL,
      }) => {
        test.setTimeout(90_000);
        const words = WORDS[locale];
        if (locale === "en") await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
        await signInViaApi(page.request, uniquePhone());
        const { plate, bill } = await openBillsOnline(page);
        const receipt = `/me/bills/${bill.id}`;
        await expect(page.getByRole("button", { name: words.pay })).toBeEnabled();

        await context.setOffline(true);
        try {
          await page.reload();
          await expect(page.getByTestId("receipt")).toHaveAttribute("data-status", "due");
          await expect(page.getByTestId("receipt")).toContainText(plate);
          const asOf = page.getByTestId("as-of");
          await expect(asOf).toHaveAttribute("data-from-cache", "true");
          await expect(asOf).toHaveText(words.offlineAsOf);
          const note = page.getByTestId("offline-actions");
          await expect(note).toHaveText(words.offlineActions);
          const noteId = await note.getAttribute("id");
          for (const button of [
            page.getByRole("button", { name: words.pay }),
            page.getByRole("button", { name: words.dispute }),
          ]) {
            await expect(button).toBeDisabled();
            await expect(button).toHaveAttribute("aria-describedby", noteId!);
          }

          await page.goto("/me/bills");
          await expect(page.locator(`[data-testid=bill-item][data-plate="${plate}"]`)).toBeVisible();
          await expect(page.getByTestId("as-of")).toHaveText(words.offlineAsOf);
          await expect(page.getByTestId("offline-banner")).not.toBeEmpty();
        } finally {
          await context.setOffline(false);
        }
        // Back online the same receipt can be paid again: the offline state was what disabled it.
        await page.goto(receipt);
        await expect(page.getByRole("button", { name: words.pay })).toBeEnabled();
        await expect(page.getByTestId("offline-actions")).toHaveCount(0);
        await expect(page.getByTestId("as-of")).toHaveAttribute("data-from-cache", "false");
      });
    }

    test("signing out removes the bills kept for offline use", async ({ page, context }) => {
      test.setTimeout(90_000);
      await signInViaApi(page.request, uniquePhone());
      const { plate } = await openBillsOnline(page);
      await expect.poll(() => deviceStore(page)).toContain(plate);

      await page.goto("/me");
      // Sign-out ends with a refresh of /me's server data: let it arrive before the network goes.
      const refreshed = page.waitForResponse(
        (r) => new URL(r.url()).pathname === "/me" && r.request().headers().rsc === "1",
      );
      await page.getByRole("button", { name: SIGN_OUT, exact: true }).click();
      await expect(page.getByText(SIGNED_OUT)).toBeVisible();
      await refreshed;
      expect(await storedApiPaths(page)).not.toContain("/api/parking/sessions");
      expect(await deviceStore(page)).not.toContain(plate);

      await expectNotShownOffline(page, context, plate, ["/me/bills"]);
    });

    test("a session that ended elsewhere: its bills are no longer kept for this browser", async ({
      page,
      context,
    }) => {
      test.setTimeout(90_000);
      await signInViaApi(page.request, uniquePhone());
      const { plate, bill } = await openBillsOnline(page);
      // Signed out everywhere from another device: this browser's cookie no longer opens a session.
      const logout = await page.request.post("/api/auth/logout", { data: { everywhere: true } });
      expect(logout.status()).toBe(204);
      await page.goto("/me/bills");
      await expect(page.getByTestId("signed-out")).toBeVisible();
      await expect.poll(() => storedApiPaths(page)).not.toContain("/api/parking/sessions");

      await expectNotShownOffline(page, context, plate, [`/me/bills/${bill.id}`, "/me/bills"]);
    });

    test("the next person to sign in on this browser never sees the previous person's bills offline", async ({
      page,
      context,
    }) => {
      test.setTimeout(90_000);
      await signInViaApi(page.request, uniquePhone());
      const { plate } = await openBillsOnline(page);
      // The first person leaves without signing out and their session lapses (the cookie is gone, nothing in the
      // page noticed); someone else signs in on the same browser.
      await context.clearCookies({ name: "cb_session" });
      await signInOnScreen(page, uniquePhone(), "/me", "zh-CN");
      expect(await storedApiPaths(page)).not.toContain("/api/parking/sessions");
      expect(await deviceStore(page)).not.toContain(plate);

      await expectNotShownOffline(page, context, plate, ["/me/bills"]);
    });
  });
});
