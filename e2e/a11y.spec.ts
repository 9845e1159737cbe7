import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "./fixtures";

test.describe("Accessibility (axe) of every section", { tag: ["@account", "@tourist", "@elder"] }, () => {
  const PAGES = [
    "/",
    "/parking",
    "/parking/wl-feilaifeng",
    "/clinic",
    "/air",
    "/tour",
    "/me",
    "/login",
    "/does-not-exist",
  ];

  async function expectNoSeriousViolations(page: Page) {
    // WCAG 2.1 too, and label-in-name (off in axe by default): a link or button named by aria-label must say its
    // visible words, so a person using voice control can say what they see (Home's cards once did not).
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
      .analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }

  for (const path of PAGES) {
    test(`axe: ${path}`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await expectNoSeriousViolations(page);
    });
  }

  test("axe: English and elder mode on Home, Me and Parking", async ({ page, context, baseURL }) => {
    await context.addCookies([
      { name: "NEXT_LOCALE", value: "en", url: baseURL! },
      { name: "elder_mode", value: "1", url: baseURL! },
    ]);
    for (const path of ["/", "/me", "/parking"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await expectNoSeriousViolations(page);
    }
  });
});
