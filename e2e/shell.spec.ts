import { expect, test } from "./fixtures";

test.describe("App shell", { tag: ["@app", "@tourist", "@resident"] }, () => {
  const NOT_OPEN = ["tour"] as const;

  test("Home shows one card per service: parking, clinic and air say what works, the tour honestly not open yet", {
    tag: "@smoke",
  }, async ({ page, t }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: t("home.title") })).toBeVisible();
    for (const service of ["parking", "clinic", "air"] as const) {
      await expect(page.getByTestId(`service-card-${service}`)).toContainText(
        t(`services.${service}.status`),
      );
    }
    for (const service of NOT_OPEN) {
      await expect(page.getByTestId(`service-card-${service}`)).toContainText(t("common.comingSoon"));
    }
    await expect(page.getByTestId("sandbox-badge")).toHaveText(t("common.sandboxBadge"));
  });

  test("the tab bar reaches every section and marks the current one", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "主导航" });
    for (const [label, path] of [
      ["停车", "/parking"],
      ["就医", "/clinic"],
      ["空气", "/air"],
      ["游览", "/tour"],
      ["我的", "/me"],
      ["首页", "/"],
    ] as const) {
      await nav.getByRole("link", { name: label }).click();
      await expect(page).toHaveURL(path);
      await expect(nav.getByRole("link", { name: label })).toHaveAttribute("aria-current", "page");
    }
  });

  test("a service that is not open shows no numbers, only what it will do", async ({ page }) => {
    await page.goto("/tour");
    await expect(page.getByTestId("service-not-open")).toBeVisible();
    await expect(page.locator("main")).not.toContainText(/\d+\s*(个|spaces|元)/);
  });
});
