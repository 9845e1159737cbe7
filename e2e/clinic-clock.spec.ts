import {
  accountOf,
  cardToken,
  closeVisit,
  enrolledResident,
  items,
  postCharge,
  TIER_LINE_FEN,
  uniqueId,
} from "./clinic-helpers";
import { expect, test } from "./fixtures";
import { keepSandboxClockAsFound } from "./sandbox-clock-as-found";
import { SANDBOX_HEADERS } from "./sandbox-token";
import { needs } from "./target";

const HOUR_MS = 60 * 60_000;

// Moves the sandbox clock past a bill's deadline: the config runs this file in the clock project, after the others.
test.describe("Clinic bill deadlines", { tag: ["@clinic", "@resident"] }, () => {
  test.beforeEach(({ request }) => needs(request, "sandbox"));

  keepSandboxClockAsFound();

  test("an unpaid bill whose debit is refused suspends the account; paying reinstates it one tier lower", async ({
    page,
    t,
  }) => {
    test.setTimeout(180_000);
    // Tier 2 or higher, so there is a tier below to come back at.
    const { phone, account } = await enrolledResident(page.request, { minTier: 2 });
    const tier = account.tier!;
    expect(account).toMatchObject({ status: "active", creditLineFen: TIER_LINE_FEN[tier] });
    const declines = (decline: boolean) =>
      page.request.put("/api/sandbox/payments/declines", {
        headers: SANDBOX_HEADERS,
        data: { phone, decline },
      });
    expect((await declines(true)).status()).toBe(200);
    try {
      const visitId = uniqueId("v");
      const charge = await postCharge(page.request, {
        visitId,
        patientToken: await cardToken(page.request),
        items: items({
          code: "REG01",
          display: "普通门诊挂号",
          quantity: 1,
          unitPriceFen: 2_500,
          insuranceFen: 500,
        }),
      });
      expect(charge.response.status(), await charge.response.text()).toBe(201);
      const closed = await closeVisit(page.request, visitId);
      expect(closed.status(), await closed.text()).toBe(200);
      const { invoiceId } = (await closed.json()) as { invoiceId: string };

      // 48 h and a minute later, the deadline job (every 30 s) debits the bill; the provider refuses it.
      const moved = await page.request.put("/api/sandbox/clock", {
        headers: SANDBOX_HEADERS,
        data: { advanceMs: 48 * HOUR_MS + 60_000 },
      });
      expect(moved.status(), await moved.text()).toBe(200);
      await expect
        .poll(async () => (await accountOf(page.request)).status, { timeout: 90_000, intervals: [2_000] })
        .toBe("suspended");

      await page.goto("/clinic");
      await expect(page.getByTestId("clinic-account")).toHaveAttribute("data-status", "suspended");
      await expect(page.getByTestId("clinic-suspended")).toContainText(t("clinicUi.account.suspendedWhy"));
      await expect(page.getByTestId("clinic-card-link")).toHaveCount(0);
      const bill = page.locator(`[data-testid="invoice"][data-invoice-id="${invoiceId}"]`);
      await expect(bill).not.toHaveAttribute("data-state", "paid");
      await page.goto("/clinic/card");
      await expect(page.getByTestId("health-card-suspended")).toHaveText(t("clinicUi.card.suspended"));
      await page.goto("/clinic");

      // The account accepts debits again; the resident pays by hand and is reinstated one tier lower.
      expect((await declines(false)).status()).toBe(200);
      await bill.getByRole("button", { name: t("billsUi.pay.button", { amount: "¥20.00" }) }).click();
      await expect(bill).toHaveAttribute("data-state", "paid", { timeout: 20_000 });
      await expect
        .poll(async () => accountOf(page.request), { timeout: 20_000 })
        .toMatchObject({ status: "active", tier: tier - 1, creditLineFen: TIER_LINE_FEN[tier - 1] });
      await page.reload();
      await expect(page.getByTestId("clinic-account")).toHaveAttribute("data-status", "active");
      await expect(page.getByTestId("clinic-line")).toHaveAttribute(
        "data-fen",
        String(TIER_LINE_FEN[tier - 1]),
      );
    } finally {
      await declines(false);
    }
  });
});
