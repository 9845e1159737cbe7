import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, signInViaApi, test } from "./fixtures";
import { bindPlateViaApi, uniquePlate } from "./resident-helpers";

test.describe("My reservations", { tag: ["@parking", "@resident"] }, () => {
  test.describe.configure({ timeout: 120_000 });

  async function expectNoSeriousViolations(page: Page, include?: string) {
    const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]);
    const results = await (include ? builder.include(include) : builder).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }

  test("My reservations: reserved through the API, listed with its car park and times, cancelled after a confirmation", async ({
    page,
  }) => {
    await signInViaApi(page.request);
    const plate = uniquePlate();
    await bindPlateViaApi(page.request, plate);
    expect((await page.request.post("/api/me/payment-agreement", { data: {} })).status()).toBe(201);
    // A random slot 2–20 h ahead, so earlier runs' reservations (same database) rarely fill it.
    const arrivalAt = new Date(Date.now() + (120 + Math.floor(Math.random() * 1080)) * 60_000);
    const booked = await page.request.post("/api/parking/reservations", {
      data: { lotId: "kerry-centre", plate, arrivalAt: arrivalAt.toISOString() },
      headers: { "Idempotency-Key": `me-list-${Date.now()}-${Math.random()}` },
    });
    expect([201, 202], await booked.text()).toContain(booked.status());

    await page.goto("/me");
    await page.getByRole("link", { name: /我的预约/ }).click();
    await expect(page).toHaveURL("/me/reservations");
    await expect(page.getByRole("heading", { level: 1, name: "我的预约" })).toBeVisible();
    const item = page.getByTestId("reservation-item").filter({ hasText: plate });
    // The fee may still be on its way from the provider: the list follows it to 已预约 by itself.
    await expect(item.getByTestId("reservation-state")).toHaveText("已预约", { timeout: 20_000 });
    await expect(item.getByRole("link", { name: "杭州嘉里中心停车场" })).toBeVisible();
    const hhmm = new Intl.DateTimeFormat("zh-CN", {
      timeZone: "Asia/Shanghai",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(arrivalAt);
    await expect(item.getByTestId("reservation-window")).toContainText(hhmm);
    await expect(item.getByTestId("reservation-time-left")).toHaveText(/^\d+\s*(小时|分钟)后到达$/);
    await expectNoSeriousViolations(page);

    // Cancel asks first; Esc (or 保留预约) leaves the reservation as it was.
    const cancel = item.getByRole("button", { name: "取消预约" });
    await cancel.click();
    const dialog = page.getByRole("alertdialog", { name: "取消这个预约？" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("预约费¥5.00将退还");
    await expect(dialog.getByRole("button", { name: "保留预约" })).toBeFocused();
    await expectNoSeriousViolations(page, '[data-testid="cancel-reservation-dialog"]');
    // Focus stays inside the modal dialog.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(dialog.locator(":focus")).toHaveCount(1);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(cancel).toBeFocused();
    await expect(item.getByTestId("reservation-state")).toHaveText("已预约");

    await cancel.click();
    await dialog.getByRole("button", { name: "确认取消" }).click();
    await expect(dialog).toBeHidden();
    await expect(item.getByTestId("reservation-state")).toHaveText("已取消");
    await expect(item.getByTestId("reservation-outcome")).toContainText("¥5.00");
    await expect(item.getByRole("button", { name: "取消预约" })).toHaveCount(0);
  });

  test("My reservations in English, and the sign-in prompt when signed out", async ({
    page,
    context,
    baseURL,
  }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
    await page.goto("/me/reservations");
    await expect(page.getByRole("heading", { level: 1, name: "My reservations" })).toBeVisible();
    await expect(page.getByTestId("signed-out")).toContainText("Sign in to see your parking reservations.");
    await signInViaApi(page.request);
    await page.reload();
    await expect(page.getByTestId("reservations-list")).toContainText("No reservations yet.");
    await expectNoSeriousViolations(page);
  });
});
