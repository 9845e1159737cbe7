import AxeBuilder from "@axe-core/playwright";
import { expect, test, uniquePhone } from "./fixtures";
import {
  bindPlateViaApi,
  hoursAgo,
  signInOnScreen,
  uniquePlate,
  visitViaApi,
  waitForBill,
} from "./resident-helpers";

test.describe("Account deletion", { tag: ["@account", "@resident"] }, () => {
  test.describe("deleting my account", () => {
    test("Me → delete account → confirm: the account is gone and this device is signed out", async ({
      page,
    }) => {
      const phone = uniquePhone();
      await signInOnScreen(page, phone, "/me", "zh-CN");
      await expect(page.getByTestId("account-phone")).toBeVisible();

      await page.getByRole("button", { name: "注销账号" }).click();
      const dialog = page.getByRole("alertdialog", { name: "确定注销账号吗？" });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText("已结清的账单和付款记录依法保留");
      await expect(dialog.getByRole("button", { name: "取消" })).toBeFocused();
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
      // Cancel first: nothing happens, focus is back outside the dialog.
      await dialog.getByRole("button", { name: "取消" }).click();
      await expect(dialog).toBeHidden();
      expect((await page.request.get("/api/me")).status()).toBe(200);

      await page.getByRole("button", { name: "注销账号" }).click();
      await dialog.getByRole("button", { name: "确认注销" }).click();
      await expect(page.getByTestId("account-deleted")).toHaveText("账号已注销，你已退出登录。");
      // Every signed-in section of Me now offers sign-in (how many depends on which answered first).
      await expect(page.getByRole("link", { name: "登录", exact: true }).first()).toBeVisible();
      expect((await page.request.get("/api/me")).status()).toBe(401);
      const cookies = await page.context().cookies();
      expect(cookies.find((c) => c.name === "cb_session" && c.value !== "")).toBeUndefined();

      // The number is free again: signing in makes a new, empty account.
      await signInOnScreen(page, phone, "/me", "zh-CN");
      const plates = await page.request.get("/api/me/plates");
      expect(await plates.json()).toEqual({ plates: [] });
    });

    test("is refused, saying why, while a bill is unpaid", async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
      await signInOnScreen(page, uniquePhone(), "/me", "en");
      const plate = uniquePlate();
      // Bound before the visit entered: a stay from before the binding is nobody's bill.
      await bindPlateViaApi(page.request, plate, { since: hoursAgo(3) });
      await visitViaApi(page.request, plate);
      await waitForBill(page.request, plate, "due");

      await page.goto("/me");
      await page.getByRole("button", { name: "Delete my account" }).click();
      const dialog = page.getByRole("alertdialog", { name: "Delete your account?" });
      await dialog.getByRole("button", { name: "Yes, delete my account" }).click();
      await expect(dialog.getByTestId("delete-account-error")).toHaveText(
        "Your account can't be deleted yet: 1 unpaid parking bill. Once these are settled you can delete it.",
      );
      await dialog.getByRole("button", { name: "Cancel" }).click();
      expect((await page.request.get("/api/me")).status()).toBe(200);
      await expect(page.getByTestId("account-phone")).toBeVisible();
    });
  });
});
