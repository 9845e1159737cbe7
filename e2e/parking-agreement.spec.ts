import { expect, signInViaApi, test } from "./fixtures";
import { bindPlateViaApi, hoursAgo, uniquePlate, visitViaApi, waitForBill } from "./resident-helpers";

test.describe("Payment agreement", { tag: ["@parking", "@resident"] }, () => {
  test.describe("the payment agreement and its per-bill limit", () => {
    test("terms before signing, a chosen limit, changed later; a bill above it is paid by hand", async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await signInViaApi(page.request);
      const plate = uniquePlate();
      await bindPlateViaApi(page.request, plate, { since: hoursAgo(30) });
      await page.goto("/me/vehicles");
      const agreement = page.getByTestId("agreement");
      await expect(agreement).toHaveAttribute("data-status", "none");
      // Before signing: who collects, from which account, when, and how to cancel.
      const terms = page.getByTestId("agreement-terms");
      await expect(terms).toContainText("收款方");
      await expect(terms).toContainText("如何解除");
      const limit = agreement.getByLabel("单笔限额");
      await expect(limit).toHaveValue("20000"); // 200 元 unless the resident picks another
      await limit.selectOption({ label: "¥50.00" });
      await agreement.getByRole("button", { name: "签署协议" }).click();
      await expect(agreement).toHaveAttribute("data-status", "active");
      await expect(page.getByTestId("agreement-limit")).toContainText("单笔限额：¥50.00");

      await agreement.getByLabel("单笔限额").selectOption({ label: "¥100.00" });
      await agreement.getByRole("button", { name: "保存新限额" }).click();
      await expect(page.getByTestId("agreement-saved")).toHaveText("已保存：单笔限额 ¥100.00。");
      const stored = await (await page.request.get("/api/me/payment-agreement")).json();
      expect(stored).toMatchObject({ status: "active", perBillLimitFen: 10_000 });

      // The API refuses a limit outside 1–2,000 元 in words, and changing a limit needs an agreement.
      const tooHigh = await page.request.patch("/api/me/payment-agreement", {
        data: { perBillLimitFen: 300_000 },
      });
      expect(tooHigh.status()).toBe(400);
      expect((await tooHigh.json()).error.message).toContain("1 元到 2,000 元");

      // A 1 元 limit: the next bill is above it, so it is not debited and falls due for paying by hand.
      expect(
        (await page.request.patch("/api/me/payment-agreement", { data: { perBillLimitFen: 100 } })).status(),
      ).toBe(200);
      const exitAt = hoursAgo(1);
      await visitViaApi(page.request, plate, { entryAt: hoursAgo(3), exitAt });
      // Billed as of the exit: a bill not debited is due by the end of that day in Shanghai, so in the hour after
      // midnight there it is already overdue (and paid by hand all the same).
      const shanghaiDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
      const status = shanghaiDay(exitAt) === shanghaiDay(new Date()) ? "due" : "overdue";
      const bill = await waitForBill(page.request, plate, status);
      await page.goto(`/me/bills/${bill.id}`);
      await expect(page.getByRole("button", { name: /立即支付/ })).toBeEnabled();
      const inbox = await (await page.request.get("/api/notifications")).json();
      // The notice says why it was not debited, whether the bill is due or (in that hour) already overdue.
      expect(JSON.stringify(inbox)).toContain("超过你设定的单笔限额 ¥1.00");
      if (status === "overdue") expect(JSON.stringify(inbox)).toContain("停车费已逾期");
    });
  });
});
