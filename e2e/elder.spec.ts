import { expect, test } from "./fixtures";

test("elder mode enlarges text and touch targets, simplifies Home, and is remembered", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText("停车、就医、空气、游览，一个应用办好。")).toBeVisible();
  const normalSize = await page.evaluate(() =>
    Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
  );

  await page.goto("/me");
  const toggle = page.getByRole("switch", { name: /长辈模式/ });
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await expect(page.locator("html")).toHaveAttribute("data-elder", "true");

  await page.goto("/");
  const elderSize = await page.evaluate(() =>
    Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
  );
  expect(elderSize).toBeGreaterThanOrEqual(normalSize * 1.2);
  // Home is simpler: no intro line, no service summaries, one column.
  await expect(page.getByText("停车、就医、空气、游览，一个应用办好。")).toHaveCount(0);
  await expect(page.getByTestId("service-card-parking")).not.toContainText("先离场后付费");

  // Every tappable element on the page is at least 48 px high.
  const heights = await page
    .locator("main a, main button, nav a")
    .evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(5);
  for (const height of heights) expect(height).toBeGreaterThanOrEqual(48);

  await page.goto("/me");
  await page.getByRole("switch", { name: /长辈模式/ }).click();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-elder", "false");
});
