import { expect, signInViaApi, test, uniquePhone } from "./fixtures";
import {
  bindPlateViaApi,
  listBills,
  listedPlates,
  OWNER_NAME,
  SANDBOX_LOT,
  sandboxVinLast6,
  signInOnScreen,
  uniquePlate,
  visitViaApi,
  waitForBills,
} from "./resident-helpers";
import { SANDBOX_HEADERS } from "./sandbox-token";

test.describe("Plates", { tag: ["@parking", "@resident"] }, () => {
  test.describe("plates on screen", () => {
    test("sign in on screen with the sandbox code, bind a plate through the licence check, remove it after a confirmation; bills follow visible-sessions rules", async ({
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

      // The form asks for the vehicle licence and says why; the sandbox explains how its check is passed.
      const plate = uniquePlate();
      await expect(page.getByText("防止他人绑定不属于自己的车辆")).toBeVisible();
      await expect(page.getByTestId("licence-sandbox-hint")).toContainText("左侧补 0");
      await page.getByLabel("车牌号").fill(plate);
      await page.getByLabel("所有人姓名").fill(OWNER_NAME);
      await page.getByLabel("车架号后 6 位").fill("ZZZZZZ");
      await page.getByRole("button", { name: "添加车牌" }).click();
      await expect(page.getByTestId("add-plate-error")).toContainText("行驶证核验未能确认");
      await expect(page.getByRole("button", { name: "申请车牌归属审核" })).toBeVisible();
      expect(await listedPlates(page.request)).toEqual([]);

      await page.getByLabel("车架号后 6 位").fill(sandboxVinLast6(plate).toLowerCase());
      await page.getByRole("button", { name: "添加车牌" }).click();
      const item = page.locator(`[data-testid=plate-item][data-plate="${plate}"]`);
      await expect(item).toBeVisible();
      await expect(page.getByTestId("add-plate-done")).toHaveText(`已添加 ${plate}。`);
      await expect(page.getByText("已绑定 1/3 个车牌")).toBeVisible();
      expect(await listedPlates(page.request)).toEqual([plate]);

      // A stay that entered before the binding is not this account's: the sandbox refuses to record it as one.
      const before = await page.request.post("/api/sandbox/parking/visit", {
        headers: SANDBOX_HEADERS,
        data: {
          plate,
          lotId: SANDBOX_LOT,
          entryAt: new Date(Date.now() - 96 * 60_000).toISOString(),
          exitAt: new Date(Date.now() - 60_000).toISOString(),
        },
      });
      expect(before.status()).toBe(422);
      expect(((await before.json()) as { error: { message: string } }).error.message).toContain("起才绑定");
      // "during": 3 minutes from after the binding (the gates accept times up to 5 minutes ahead): free.
      const afterBinding = Date.now();
      await visitViaApi(page.request, plate, {
        entryAt: new Date(afterBinding),
        exitAt: new Date(afterBinding + 3 * 60_000),
      });
      const [during] = await waitForBills(page.request, plate, 1);
      expect(during).toMatchObject({ status: "paid", feeFen: 0 });

      // Removing asks first (focus goes to the safe answer); cancelling keeps the plate and returns focus.
      const removeButton = item.getByRole("button", { name: `解绑 ${plate}` });
      await removeButton.click();
      // A modal confirmation (components/ui/confirm-dialog.tsx): the question, its consequence, focus on the safe answer.
      const question = item.getByRole("alertdialog", { name: "解绑这个车牌？" });
      await expect(question).toHaveAccessibleDescription(
        `确定从您的账户解绑 ${plate}？此后的停车费用将不再记入您的账户。`,
      );
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

      // lib/parking/visible-sessions.ts, after unbinding: a stay from while the plate was bound here stays visible.
      expect((await listBills(page.request)).filter((b) => b.plate === plate).map((b) => b.id)).toEqual([
        during!.id,
      ]);
      await page.goto("/me/bills");
      const listed = page.locator(`[data-testid=bill-item][data-plate="${plate}"]`);
      await expect(listed).toHaveCount(1);
      await expect(listed).toHaveAttribute("data-status", during!.status);
      await listed.getByRole("link").click();
      await expect(page).toHaveURL(`/me/bills/${during!.id}`);
      await expect(page.getByTestId("receipt")).toHaveAttribute("data-status", during!.status);

      // The plate's next holder sees nothing from before their binding: the free stay was someone else's.
      const next = await browser.newContext({
        baseURL,
        extraHTTPHeaders: { "x-forwarded-for": "198.51.252.9" },
      });
      try {
        await signInViaApi(next.request, uniquePhone());
        await bindPlateViaApi(next.request, plate);
        expect(await listBills(next.request)).toEqual([]);
        expect((await next.request.post(`/api/parking/sessions/${during!.id}/pay`)).status()).toBe(404);
      } finally {
        await next.close();
      }
    });
  });

  test("the plate keyboard: province first, then letters and digits, checked as it is typed", async ({
    page,
  }) => {
    await signInViaApi(page.request);
    await page.goto("/me/vehicles");
    await page.getByRole("button", { name: "打开车牌键盘" }).click();
    const keyboard = page.getByTestId("plate-keyboard");
    await expect(keyboard).toHaveAccessibleName("车牌键盘：省份简称");
    await expect(keyboard.getByRole("button").first()).toHaveText("浙");
    await keyboard.getByRole("button", { name: "浙", exact: true }).click();
    await expect(keyboard).toHaveAccessibleName("车牌键盘：字母和数字");
    // The city letter: letters only, and never I or O.
    await expect(keyboard.getByRole("button", { name: "1", exact: true })).toHaveCount(0);
    await expect(keyboard.getByRole("button", { name: "O", exact: true })).toHaveCount(0);
    for (const key of ["A", "D", "1", "2", "3"]) {
      await keyboard.getByRole("button", { name: key, exact: true }).click();
    }
    const progress = page.getByTestId("plate-progress");
    await expect(progress).toHaveText("已输入 6 位：普通车牌 7 位，新能源车牌 8 位。");
    await keyboard.getByRole("button", { name: "4", exact: true }).click();
    await expect(progress).toHaveText("格式正确：普通车牌。");
    // An eighth character makes it a new-energy plate.
    await keyboard.getByRole("button", { name: "5", exact: true }).click();
    await expect(page.getByLabel("车牌号")).toHaveValue("浙AD12345");
    await expect(progress).toHaveText("格式正确：新能源车牌（小型车）。");
    await keyboard.getByRole("button", { name: "退格" }).click();
    await keyboard.getByRole("button", { name: "退格" }).click();
    await keyboard.getByRole("button", { name: "收起键盘" }).click();
    await expect(keyboard).toHaveCount(0);
    // Typed by hand too, the same check: a letter O where plates have none is named by its position.
    await page.getByLabel("车牌号").fill("浙AO1234");
    await expect(progress).toHaveText("第 3 位不对：请检查（车牌不使用字母 I 和 O）。");
  });
});
