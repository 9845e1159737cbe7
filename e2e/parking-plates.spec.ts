import { expect, signInViaApi, test, uniquePhone } from "./fixtures";
import {
  bindPlateViaApi,
  listBills,
  listedPlates,
  signInOnScreen,
  uniquePlate,
  visitViaApi,
  waitForBill,
  waitForBills,
} from "./resident-helpers";

test.describe("plates on screen", () => {
  test("sign in on screen with the sandbox code, bind a plate, remove it after a confirmation; bills follow visible-sessions rules", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const phone = uniquePhone();
    await signInOnScreen(page, phone, "/me/vehicles", "zh-CN");
    // Landed signed in: the page shows the plate form, not the sign-in prompt, and the cookie opens a session.
    await expect(page.getByTestId("signed-out")).toHaveCount(0);
    const me = await page.request.get("/api/me");
    expect(me.status()).toBe(200);
    expect(((await me.json()) as { user: { phone: string } }).user.phone).toBe(
      `${phone.slice(0, 3)}****${phone.slice(-4)}`,
    );

    const plate = uniquePlate();
    await page.getByLabel("车牌号").fill(plate);
    await page.getByRole("button", { name: "添加车牌" }).click();
    const item = page.locator(`[data-testid=plate-item][data-plate="${plate}"]`);
    await expect(item).toBeVisible();
    await expect(page.getByText("已绑定 1/3 个车牌")).toBeVisible();
    expect(await listedPlates(page.request)).toEqual([plate]);

    // Two stays of the plate, no payment agreement (nothing is debited, no payment is recorded):
    // - "before": 95 minutes, entered before the plate was bound here: an inherited unpaid (due) bill;
    // - "during": 3 minutes from after the binding (the gates accept times up to 5 minutes ahead): free.
    await visitViaApi(page.request, plate);
    const before = await waitForBill(page.request, plate, "due");
    // The binding answered before this instant, and the removal below starts after it.
    const afterBinding = Date.now();
    await visitViaApi(page.request, plate, {
      entryAt: new Date(afterBinding),
      exitAt: new Date(afterBinding + 3 * 60_000),
    });
    const during = (await waitForBills(page.request, plate, 2)).find((b) => b.id !== before.id)!;
    expect(during).toMatchObject({ status: "paid", feeFen: 0 });

    // Removing asks first (focus goes to the safe answer); cancelling keeps the plate and returns focus.
    const removeButton = item.getByRole("button", { name: `解绑 ${plate}` });
    await removeButton.click();
    const question = item.getByRole("group", {
      name: `确定从您的账户解绑 ${plate}？此后的停车费用将不再记入您的账户。`,
    });
    await expect(question.getByRole("button", { name: "取消" })).toBeFocused();
    await question.getByRole("button", { name: "取消" }).click();
    await expect(item.getByRole("button", { name: "确定解绑" })).toHaveCount(0);
    await expect(removeButton).toBeFocused();
    expect(await listedPlates(page.request)).toEqual([plate]);

    await item.getByRole("button", { name: `解绑 ${plate}` }).click();
    await item.getByRole("button", { name: "确定解绑" }).click();
    await expect(item).toHaveCount(0);
    await expect(page.getByText("还没有车牌，请在下方添加。")).toBeVisible();
    expect(await listedPlates(page.request)).toEqual([]);

    // lib/parking/visible-sessions.ts, after unbinding: a stay from while the plate was bound here stays
    // visible, unpaid as it is; an unpaid bill inherited from before the binding is visible only while bound.
    expect((await listBills(page.request)).filter((b) => b.plate === plate).map((b) => b.id)).toEqual([
      during.id,
    ]);
    await page.goto("/me/bills");
    const listed = page.locator(`[data-testid=bill-item][data-plate="${plate}"]`);
    await expect(listed).toHaveCount(1);
    await expect(listed).toHaveAttribute("data-status", during.status);
    await listed.getByRole("link").click();
    await expect(page).toHaveURL(`/me/bills/${during.id}`);
    await expect(page.getByTestId("receipt")).toHaveAttribute("data-status", during.status);
    await page.goto(`/me/bills/${before.id}`);
    await expect(page.getByText("未找到该账单。")).toBeVisible();

    // The same rules give the plate's next holder its unpaid bills of the 30 days before they bound it, and
    // not the free stay, which was someone else's.
    const next = await browser.newContext({
      baseURL,
      extraHTTPHeaders: { "x-forwarded-for": "198.51.252.9" },
    });
    try {
      await signInViaApi(next.request, uniquePhone());
      expect(await listBills(next.request)).toEqual([]);
      await bindPlateViaApi(next.request, plate);
      expect((await listBills(next.request)).map((b) => b.id)).toEqual([before.id]);
    } finally {
      await next.close();
    }
  });
});
