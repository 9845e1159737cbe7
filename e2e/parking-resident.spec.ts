import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, signInViaApi, test, uniquePhone } from "./fixtures";
import { OWNER_NAME, sandboxVinLast6, uniquePlate } from "./resident-helpers";
import { SANDBOX_HEADERS } from "./sandbox-token";

test.describe("Resident pay-later screens", { tag: ["@parking", "@resident"] }, () => {
  /** "YYYY-MM-DDTHH:mm" in Asia/Shanghai (the browser's zone in these tests) for a datetime-local input. */
  function shanghaiInput(date: Date): string {
    return new Date(date.getTime() + 8 * 60 * 60_000).toISOString().slice(0, 16);
  }

  function yesterdayAt(time: string): string {
    return `${shanghaiInput(new Date(Date.now() - 24 * 60 * 60_000)).slice(0, 10)}T${time}`;
  }

  async function bindAndSignThroughUi(page: Page, plate: string, labels = ZH) {
    await page.goto("/me/vehicles");
    await page.getByLabel(labels.plate).fill(plate);
    await page.getByLabel(labels.ownerName).fill(OWNER_NAME);
    await page.getByLabel(labels.vin).fill(sandboxVinLast6(plate));
    await page.getByRole("button", { name: labels.addPlate }).click();
    await expect(page.locator(`[data-testid=plate-item][data-plate="${plate}"]`)).toBeVisible();
    await page.getByRole("button", { name: labels.sign }).click();
    await expect(page.getByTestId("agreement")).toHaveAttribute("data-status", "active");
    await expect(page.getByTestId("pay-later-status")).toHaveAttribute("data-status", "active");
  }

  async function simulateVisit(page: Page, entry: string, exit: string, labels = ZH) {
    const form = page.getByTestId("sandbox-visit");
    await form.getByLabel(labels.entry).fill(entry);
    await form.getByLabel(labels.exit).fill(exit);
    // Stays are mine only from my binding on: the sandbox counts the binding from the visit's entry first.
    await form.getByRole("button", { name: labels.backdate }).click();
    await expect(page.getByTestId("sandbox-visit-done")).toContainText(labels.backdated);
    await form.getByRole("button", { name: labels.simulate }).click();
    await expect(page.getByTestId("sandbox-visit-done")).toContainText(labels.recorded);
  }

  /** Reloads the bills page until a bill of the plate shows `status` (the provider answers by callback). */
  async function expectBill(page: Page, plate: string, status: string) {
    const item = page.locator(`[data-testid=bill-item][data-plate="${plate}"][data-status="${status}"]`);
    await expect(async () => {
      await page.goto("/me/bills");
      await expect(item.first()).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    return item.first();
  }

  async function topicsOf(page: Page): Promise<string[]> {
    const body = (await (await page.request.get("/api/notifications")).json()) as {
      notifications: { topic: string }[];
    };
    return body.notifications.map((n) => n.topic);
  }

  const ZH = {
    plate: "车牌号",
    ownerName: "所有人姓名",
    vin: "车架号后 6 位",
    addPlate: "添加车牌",
    sign: "签署协议",
    entry: "入场时间",
    exit: /离场时间/,
    simulate: "模拟一次停车",
    backdate: "将绑定时间提前到入场时间",
    backdated: "绑定时间已提前",
    recorded: "已记录",
  };
  const EN = {
    plate: "Plate number",
    ownerName: "Owner's name",
    vin: "Last 6 characters of the VIN",
    addPlate: "Add plate",
    sign: "Sign the agreement",
    entry: "Entry time",
    exit: /Exit time/,
    simulate: "Simulate the visit",
    backdate: "Count the plate as mine since the entry time",
    backdated: "now counts as bound",
    recorded: "Visit recorded",
  };

  test.describe("resident pay-later UI", () => {
    // The page simulates visits through a sandbox switch, from this test's own (non-local) address.
    test.use({ extraHTTPHeaders: SANDBOX_HEADERS });

    test("signed out: Vehicles and Bills ask to sign in and come back", async ({ page }) => {
      await page.goto("/me/vehicles");
      await expect(page.getByTestId("signed-out").getByRole("link")).toHaveAttribute(
        "href",
        "/login?next=/me/vehicles",
      );
      await page.goto("/me/bills");
      await expect(page.getByTestId("signed-out")).toBeVisible();
    });

    test("bind, sign, park: the bill is paid with a receipt and breakdown", { tag: "@smoke" }, async ({
      page,
      appLocale,
    }) => {
      const labels = appLocale === "en" ? EN : ZH;
      await signInViaApi(page.request, uniquePhone());
      const plate = uniquePlate();
      await bindAndSignThroughUi(page, plate, labels);
      // The server's own words for a malformed plate.
      await page.getByLabel(labels.plate).fill("ABC");
      await page.getByLabel(labels.ownerName).fill(OWNER_NAME);
      await page.getByLabel(labels.vin).fill("012345");
      await page.getByRole("button", { name: labels.addPlate }).click();
      await expect(page.getByTestId("add-plate-error")).toContainText("浙A12345");

      await simulateVisit(
        page,
        shanghaiInput(new Date(Date.now() - 125 * 60_000)),
        shanghaiInput(new Date()),
        labels,
      );
      const bill = await expectBill(page, plate, "paid");
      await bill.getByRole("link").click();
      await expect(page.getByTestId("receipt")).toHaveAttribute("data-status", "paid");
      await expect(page.getByTestId("breakdown").locator("li").first()).toBeVisible();
      await expect(page.getByTestId("receipt-total")).toContainText("¥");
      await page.screenshot({
        path: `/tmp/resident-receipt-${test.info().project.name}.png`,
        fullPage: true,
      });
    });

    test("a declined account: due, overdue suspends pay-later, paying restores it; then a dispute", async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const { phone } = await signInViaApi(page.request, uniquePhone());
      const plate = uniquePlate();
      await bindAndSignThroughUi(page, plate);
      const declined = await page.request.put("/api/sandbox/payments/declines", {
        data: { phone, decline: true },
      });
      expect(declined.status()).toBe(200);

      await simulateVisit(page, shanghaiInput(new Date(Date.now() - 50 * 60_000)), shanghaiInput(new Date()));
      // The decline comes back by callback, so no automatic debit is still in flight after this.
      await expect
        .poll(async () => topicsOf(page).then((topics) => topics.includes("parking.bill-due")), {
          timeout: 20_000,
        })
        .toBe(true);
      const due = await expectBill(page, plate, "due");
      await expect(due).toContainText("请在今天 24:00 前支付");

      // Without the agreement nothing is debited: a visit on a past day (the sandbox ingests it as of that
      // day) is due by 24:00 that day, so it is overdue by the clock now.
      await page.goto("/me/vehicles");
      await page.getByRole("button", { name: "解除协议" }).click();
      await page.getByRole("button", { name: "确定解除" }).click();
      await expect(page.getByTestId("agreement")).toHaveAttribute("data-status", "none");
      await simulateVisit(page, yesterdayAt("09:00"), yesterdayAt("11:00"));
      await expectBill(page, plate, "overdue");

      await page.goto("/me/vehicles");
      await page.getByRole("button", { name: ZH.sign }).click();
      await expect(page.getByTestId("pay-later-status")).toHaveAttribute("data-status", "suspended");
      await page.screenshot({ path: "/tmp/resident-vehicles-suspended.png", fullPage: true });
      await page.request.put("/api/sandbox/payments/declines", {
        headers: SANDBOX_HEADERS,
        data: { phone, decline: false },
      });

      await page.getByRole("link", { name: "支付逾期账单" }).click();
      await expect(page.getByTestId("receipt")).toHaveAttribute("data-status", "overdue");
      await page.getByRole("button", { name: /立即支付/ }).click();
      await expect(page.getByTestId("receipt")).toHaveAttribute("data-status", "paid", { timeout: 20_000 });
      await expect(page.getByTestId("pay-progress")).toHaveText("已支付，谢谢。");

      await page.goto("/me/vehicles");
      await expect(page.getByTestId("pay-later-status")).toHaveAttribute("data-status", "active");

      await page.goto("/me/bills");
      await page.locator(`[data-testid=bill-item][data-status="due"]`).getByRole("link").click();
      await page.getByRole("button", { name: "申诉该账单" }).click();
      await page.getByLabel("入场或离场时间有误").check();
      await page.getByLabel("备注（选填）").fill("我 10 点就离开了");
      await page.getByRole("button", { name: "提交申诉" }).click();
      await expect(page.getByTestId("receipt")).toHaveAttribute("data-status", "disputed");
      await expect(page.getByTestId("dispute-status")).toBeVisible();
    });

    test("English: bind, sign; a claim that fails the licence check is refused and offers an ownership review", async ({
      page,
      context,
      baseURL,
      browser,
    }) => {
      // Two people in two browser contexts: slower than one on the busy 2-core machine.
      test.setTimeout(90_000);
      await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
      await signInViaApi(page.request, uniquePhone());
      const plate = uniquePlate();
      await bindAndSignThroughUi(page, plate, EN);
      await simulateVisit(
        page,
        shanghaiInput(new Date(Date.now() - 95 * 60_000)),
        shanghaiInput(new Date()),
        EN,
      );
      const bill = await expectBill(page, plate, "paid");
      await expect(bill).toContainText("Paid");

      const other = await browser.newContext({
        baseURL,
        extraHTTPHeaders: { "x-forwarded-for": "198.51.251.7" },
      });
      await other.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
      const otherPage = await other.newPage();
      await signInViaApi(otherPage.request, uniquePhone());
      await otherPage.goto("/me/vehicles");
      await otherPage.getByLabel(EN.plate).fill(plate);
      await otherPage.getByLabel(EN.ownerName).fill("Someone Else");
      await otherPage.getByLabel(EN.vin).fill("ZZZZZZ");
      await otherPage.getByRole("button", { name: EN.addPlate }).click();
      await expect(otherPage.getByTestId("add-plate-error")).toContainText("ask for an ownership review");
      await otherPage.getByRole("button", { name: "Ask for an ownership review" }).click();
      await otherPage.getByLabel("Note (optional)").fill("I bought this car last week");
      await otherPage.getByRole("button", { name: "Send the review request" }).click();
      await expect(otherPage.getByTestId("ownership-review-done")).toContainText(
        `Review requested for ${plate}`,
      );
      await other.close();
      // The holder keeps the plate: a failed claim changes nothing.
      await page.goto("/me/vehicles");
      await expect(page.locator(`[data-testid=plate-item][data-plate="${plate}"]`)).toBeVisible();
    });

    test("axe: Vehicles and Bills, signed in, zh-CN and English elder mode", async ({
      page,
      context,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      await signInViaApi(page.request, uniquePhone());
      for (const cookies of [
        [],
        [
          { name: "NEXT_LOCALE", value: "en" },
          { name: "elder_mode", value: "1" },
        ],
      ]) {
        await context.addCookies(cookies.map((c) => ({ ...c, url: baseURL! })));
        for (const path of ["/me/vehicles", "/me/bills"]) {
          await page.goto(path);
          await page.waitForLoadState("networkidle");
          const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
          const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
          expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
            [],
          );
        }
      }
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto("/me/vehicles");
      await page.screenshot({
        path: `/tmp/resident-vehicles-en-elder-dark-${test.info().project.name}.png`,
        fullPage: true,
      });
    });
  });
});
