import AxeBuilder from "@axe-core/playwright";
import { expect, test, wordsPattern } from "./fixtures";
import { REMOTE_TARGET } from "./target";

test.describe("Car park page", { tag: ["@parking", "@tourist", "@resident"] }, () => {
  const LOT = "/parking/street-pinghai-rd"; // core-zone street berths by Hubin

  test("a car park's page: free spaces now, today's curve, the tariff, and a fee worked out", {
    tag: "@smoke",
  }, async ({ page, t, appLocale }) => {
    await page.goto(LOT);
    await expect(page.getByTestId("lot-name")).toHaveText(appLocale === "en" ? /Pinghai/i : /平海路/);
    const count = { available: "\\d+", total: "\\d+" };
    await expect(page.getByTestId("lot-free")).toHaveText(
      new RegExp(
        `${wordsPattern(t, "parkingLot.now.free", count).source}|${wordsPattern(t, "parkingLot.now.freeTypical", count).source}`,
      ),
    );
    await expect(page.getByTestId("as-of")).toBeVisible();
    // The journeys' own server stores two days of history: too little to forecast, and the page says so. A
    // deployment with weeks of history shows the forecast instead.
    const forecast = page.getByTestId("prediction-none");
    await expect(REMOTE_TARGET ? forecast.or(page.getByTestId("prediction")) : forecast).toBeVisible();
    await expect(page.getByTestId("todays-curve")).toHaveAttribute(
      "aria-label",
      wordsPattern(t, "parkingLot.today.summary", { now: "\\d+" }),
    );
    await expect(page.getByTestId("tariff-example")).toContainText("2");

    const form = page.getByTestId("quote-form");
    await form.getByLabel(t("parkingLot.quote.entry")).fill("2026-11-24T09:00");
    await form.getByLabel(t("parkingLot.quote.exit")).fill("2026-11-24T12:00");
    await form.getByRole("button", { name: t("parkingLot.quote.submit") }).click();
    // The official check value: 3 h in the core zone costs 34 元.
    await expect(page.getByTestId("quote-result")).toContainText("¥34.00");
    await expect(page.getByTestId("quote-result").getByRole("listitem").first()).toBeVisible();

    await form.getByLabel(t("parkingLot.quote.exit")).fill("2026-11-24T08:00");
    await form.getByRole("button", { name: t("parkingLot.quote.submit") }).click();
    await expect(page.getByTestId("quote-error")).toContainText(t("errors.tariff.exitBeforeEntry"));

    const amap = page.getByRole("link", { name: t("parkingLot.navigate.amap"), exact: true });
    await expect(amap).toHaveAttribute("href", /uri\.amap\.com\/navigation\?.*coordinate=gaode/);
  });

  test.describe("in English", () => {
    test.use({ locale: "en-US" });

    test("the same page reads in English and has no serious accessibility problem", async ({ page }) => {
      await page.goto(LOT);
      await expect(page.getByTestId("lot-free")).toHaveText(/\d+ of (about )?\d+ spaces free/);
      await expect(page.getByRole("heading", { name: "What would my stay cost?" })).toBeVisible();
      await page.getByRole("button", { name: "Work out the fee" }).click();
      await expect(page.getByTestId("quote-result")).toContainText("¥");
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => v.id)).toEqual([]);
    });
  });

  test("an unknown car park says so instead of showing an empty page", async ({ page }) => {
    await page.goto("/parking/no-such-lot");
    await expect(page.getByTestId("lot-error")).toContainText("找不到停车场");
  });
});
