import { expect, signInViaApi, test } from "./fixtures";
import { bindPlateViaApi, hoursAgo, uniquePlate, visitViaApi, waitForBill } from "./resident-helpers";

test.describe("E-invoice", { tag: ["@parking", "@resident"] }, () => {
  test("a paid bill's receipt issues an e-invoice and offers it as a PDF", async ({ page }) => {
    test.setTimeout(90_000);
    await signInViaApi(page.request);
    const plate = uniquePlate();
    await bindPlateViaApi(page.request, plate, { since: hoursAgo(4) });
    expect((await page.request.post("/api/me/payment-agreement", { data: {} })).status()).toBe(201);
    await visitViaApi(page.request, plate, { entryAt: hoursAgo(3), exitAt: hoursAgo(1) });
    const bill = await waitForBill(page.request, plate, "paid");

    await page.goto(`/me/bills/${bill.id}`);
    const invoice = page.getByTestId("invoice");
    await invoice.getByRole("button", { name: "申请电子发票" }).click();
    await invoice.getByLabel("发票抬头（个人姓名或单位名称）").fill("杭州示例科技有限公司");
    await invoice.getByLabel("税号（单位必填，个人不填）").fill("12345");
    await invoice.getByLabel("接收邮箱").fill("finance@example.com");
    await invoice.getByRole("button", { name: "开具发票" }).click();
    await expect(page.getByTestId("invoice-error")).toContainText("税号是 15、18 或 20 位字母或数字");
    await invoice.getByLabel("税号（单位必填，个人不填）").fill("91330106MA2CFXXX1X");
    await invoice.getByRole("button", { name: "开具发票" }).click();
    await expect(invoice).toContainText(/已开具：发票号码 \d{16}/);
    await expect(invoice).toContainText("抬头：杭州示例科技有限公司");

    const pdf = await page.request.get(`/api/parking/sessions/${bill.id}/invoice/pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 8).toString("latin1")).toBe("%PDF-1.4");
    // Someone else cannot read it.
    const other = await page
      .context()
      .browser()!
      .newContext({ baseURL: page.url().split("/me")[0] });
    try {
      await signInViaApi(other.request);
      expect((await other.request.get(`/api/parking/sessions/${bill.id}/invoice/pdf`)).status()).toBe(404);
    } finally {
      await other.close();
    }
  });
});
