import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext } from "@playwright/test";
import { expect, type Page, signInViaApi, test, wordsPattern } from "./fixtures";
import { bindPlateViaApi, hoursAgo, uniquePlate, visitViaApi, waitForBill } from "./resident-helpers";
import { SANDBOX_HEADERS } from "./sandbox-token";

test.describe("Paying by hand", { tag: ["@parking", "@resident"] }, () => {
  /** Holds (or releases) the sandbox provider's callbacks for the account: its payments stay in flight. */
  async function holdCallbacks(request: APIRequestContext, phone: string, hold: boolean) {
    const held = await request.put("/api/sandbox/payments/holds", {
      headers: SANDBOX_HEADERS,
      data: { phone, hold },
    });
    expect(held.status(), await held.text()).toBe(200);
  }

  /** A signed-in resident with a bound plate; the agreement signed and, unless kept, revoked again. */
  async function resident(page: Page, agreement: "revoked" | "kept") {
    const { phone } = await signInViaApi(page.request);
    const plate = uniquePlate();
    await bindPlateViaApi(page.request, plate, { since: hoursAgo(3) });
    expect((await page.request.post("/api/me/payment-agreement", { data: {} })).status()).toBe(201);
    if (agreement === "revoked")
      expect((await page.request.delete("/api/me/payment-agreement")).status()).toBeLessThan(300);
    return { phone, plate };
  }

  async function expectAccessible(page: Page) {
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  }

  test("without an agreement, Pay goes to the provider's checkout; confirmed, the receipt shows 扣款中 and then 已支付 with method and transaction number", {
    tag: "@smoke",
  }, async ({ page, t, appLocale }) => {
    const { phone, plate } = await resident(page, "revoked");
    await visitViaApi(page.request, plate);
    const bill = await waitForBill(page.request, plate, "due");
    const payButtons = new RegExp(
      `^(${wordsPattern(t, "billsUi.pay.button").source}|${wordsPattern(t, "billsUi.pay.continue").source})`,
    );
    const oneOffBySandbox = `${t("billsUi.receipt.methods.one_off")} · ${t("billsUi.receipt.sandboxProvider")}`;

    await page.goto(`/me/bills/${bill.id}`);
    const receipt = page.getByTestId("receipt");
    await expect(receipt.getByTestId("bill-status")).toHaveText(t("billsUi.status.due"));
    await page.getByRole("button", { name: payButtons }).click();

    // The sandbox provider's checkout: clearly labelled, with amount, payee and description.
    await expect(page).toHaveURL(/\/pay\/checkout\/sbp_[0-9a-f]{32}$/);
    await expect(page.getByRole("heading", { name: t("billsUi.checkout.title") })).toBeVisible();
    await expect(page.getByTestId("checkout-amount")).toHaveText(/¥\s?\d+\.\d{2}/);
    await expect(page.getByTestId("checkout-payee")).toContainText("杭州城市大脑");
    await expect(page.getByTestId("checkout-description")).toContainText(plate);
    const transaction = (await page.getByTestId("checkout-transaction").textContent())!.trim();
    await expectAccessible(page);
    // The provider settles this payment only when told to, so the journey can see it in flight.
    await holdCallbacks(page.request, phone, true);
    await page.getByRole("button", { name: t("billsUi.checkout.confirm") }).click();

    // Back on the receipt: the money is being taken (the provider has not called back yet) …
    await expect(page).toHaveURL(new RegExp(`/me/bills/${bill.id}$`));
    await expect(receipt.getByTestId("bill-status")).toHaveText(t("billsUi.status.processing"));
    await expect(receipt.getByTestId("receipt-processing-since")).toHaveText(/\d{1,2}:\d{2}/);
    await expect(receipt.getByTestId("receipt-method")).toHaveText(oneOffBySandbox);
    await expect(page.getByRole("button", { name: payButtons })).toHaveCount(0);
    const again = await page.request.post(`/api/parking/sessions/${bill.id}/pay`, {
      headers: { "accept-language": appLocale },
    });
    expect(again.status()).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toBe(
      t("errors.parking.paymentInProgress"),
    );
    await expectAccessible(page);

    // … and once the provider's signed callback arrives, it is paid.
    await holdCallbacks(page.request, phone, false);
    await expect(receipt.getByTestId("bill-status")).toHaveText(t("billsUi.status.paid"), {
      timeout: 15_000,
    });
    await expect(receipt.getByTestId("receipt-method")).toHaveText(oneOffBySandbox);
    await expect(receipt.getByTestId("receipt-transaction")).toHaveText(transaction);
    await expect(receipt.getByTestId("receipt-paid-at")).toBeVisible();
    await expect(receipt.getByTestId("receipt-processing-since")).toHaveCount(0);
  });

  test("cancelled at the checkout, the bill stays due and can be paid again through a new checkout", async ({
    page,
  }) => {
    const { plate } = await resident(page, "revoked");
    await visitViaApi(page.request, plate);
    const bill = await waitForBill(page.request, plate, "due");
    await page.goto(`/me/bills/${bill.id}`);
    await page.getByRole("button", { name: /^立即支付/ }).click();
    await expect(page).toHaveURL(/\/pay\/checkout\//);
    const first = page.url();
    await page.getByRole("button", { name: "取消支付" }).click();
    await expect(page).toHaveURL(new RegExp(`/me/bills/${bill.id}$`));
    // The provider reports the cancelled checkout as declined; the bill is due and payable again.
    await waitForBill(page.request, plate, "due");
    await expect
      .poll(async () => {
        const pay = await page.request.post(`/api/parking/sessions/${bill.id}/pay`);
        return ((await pay.json()) as { payment?: { checkoutUrl: string | null } }).payment?.checkoutUrl;
      })
      .not.toBe(first);
    await page.reload();
    await page.getByRole("button", { name: /^(立即支付|继续支付)/ }).click();
    await expect(page).toHaveURL(/\/pay\/checkout\//);
    expect(page.url()).not.toBe(first);
    await page.getByRole("button", { name: "确认支付" }).click();
    await expect(page.getByTestId("receipt").getByTestId("bill-status")).toHaveText("已支付", {
      timeout: 15_000,
    });
  });

  test("an automatic debit still in flight shows 扣款中 with its start time, and no Pay", async ({
    page,
  }) => {
    const { phone, plate } = await resident(page, "kept");
    await holdCallbacks(page.request, phone, true);
    await visitViaApi(page.request, plate);
    const bill = await waitForBill(page.request, plate, "processing");
    await page.goto(`/me/bills/${bill.id}`);
    const receipt = page.getByTestId("receipt");
    await expect(receipt.getByTestId("bill-status")).toHaveText("扣款中");
    await expect(receipt.getByTestId("receipt-processing-since")).toHaveText(/\d{1,2}:\d{2}/);
    await expect(receipt.getByTestId("receipt-method")).toHaveText("免密支付 · 沙盒支付");
    await expect(page.getByRole("button", { name: /立即支付/ })).toHaveCount(0);
    expect((await page.request.post(`/api/parking/sessions/${bill.id}/pay`)).status()).toBe(409);
    await holdCallbacks(page.request, phone, false);
    await expect(receipt.getByTestId("bill-status")).toHaveText("已支付", { timeout: 15_000 });
    await expect(receipt.getByTestId("receipt-transaction")).toHaveText(/^sbx_[0-9a-f]{24}$/);
  });
});
