import { expectAccessible } from "./a11y-helpers";
import {
  cardToken,
  closeVisit,
  enrolledResident,
  items,
  postCharge,
  signAgreementViaApi,
  uniqueId,
} from "./clinic-helpers";
import { expect, signInViaApi, test } from "./fixtures";

test.describe("Clinic pages for everyone", { tag: ["@clinic", "@resident", "@elder"] }, () => {
  test("axe-clean and usable in elder mode at 320 px, in Chinese and English: enrolment, account, visits, bills, card", async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 320, height: 700 });
    // Someone about to enrol (the form), then someone with an open visit and a bill.
    await signInViaApi(page.request);
    await signAgreementViaApi(page.request);
    const checks: { where: string; path: string; ready: string }[] = [];
    const run = async (path: string, ready: string) => {
      for (const locale of ["zh-CN", "en"]) {
        for (const elder of ["0", "1"]) {
          await context.addCookies([
            { name: "NEXT_LOCALE", value: locale, url: baseURL! },
            { name: "elder_mode", value: elder, url: baseURL! },
          ]);
          await page.goto(path);
          await expect(page.getByTestId(ready).first()).toBeVisible();
          await page.waitForLoadState("networkidle");
          const where = `${path} (${locale}, elder ${elder})`;
          checks.push({ where, path, ready });
          await expectAccessible(page, where, elder === "1");
        }
      }
    };
    await run("/clinic", "enrol-form");

    await enrolledResident(page.request);
    const paidVisit = uniqueId("v");
    const first = await postCharge(page.request, {
      visitId: paidVisit,
      patientToken: await cardToken(page.request),
      items: items({
        code: "REG01",
        display: "普通门诊挂号",
        quantity: 1,
        unitPriceFen: 1_000,
        insuranceFen: 0,
      }),
    });
    expect(first.response.status()).toBe(201);
    expect((await closeVisit(page.request, paidVisit)).status()).toBe(200);
    const open = await postCharge(page.request, {
      visitId: uniqueId("v"),
      patientToken: await cardToken(page.request),
      items: items({
        code: "LAB17",
        display: "血常规",
        quantity: 1,
        unitPriceFen: 2_500,
        insuranceFen: 1_500,
      }),
    });
    expect(open.response.status()).toBe(201);
    await run("/clinic", "invoice");
    await run("/clinic/card", "health-card-qr");
    expect(checks).toHaveLength(12);
  });
});
