import { expect, test } from "./fixtures";

test.describe("Language", { tag: ["@app", "@tourist"] }, () => {
  // Runs in each language of the smoke set (the phone-en project's browser asks for English).
  test("Accept-Language decides the first visit", { tag: "@smoke" }, async ({ page, t, appLocale }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", appLocale);
    await expect(page.getByRole("heading", { level: 1, name: t("home.title") })).toBeVisible();
    await expect(page.getByRole("navigation", { name: t("common.tabs.label") })).toBeVisible();
  });

  test("switching language on Me is remembered across pages and reloads", async ({ page, context }) => {
    await page.goto("/me");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await page.getByRole("radio", { name: "English" }).check();
    await expect(page.getByRole("heading", { level: 1, name: "Me" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === "NEXT_LOCALE")?.value).toBe("en");

    await page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: "Home" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "City services" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "City services" })).toBeVisible();

    await page.goto("/me");
    await page.getByRole("radio", { name: "中文" }).check();
    await expect(page.getByRole("heading", { level: 1, name: "我的" })).toBeVisible();
  });

  test("API errors follow the chosen language", async ({ page }) => {
    await page.goto("/me");
    await page.getByRole("radio", { name: "English" }).check();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const response = await page.request.post("/api/preferences", { data: { locale: "fr" } });
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.message).toContain("language");
  });

  test.describe("a visitor whose phone is set to German", () => {
    test.use({ locale: "de-DE" });

    test("gets the app in English, and the header button switches to Chinese and back", async ({
      page,
      context,
    }) => {
      await page.goto("/parking");
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      const button = page.getByTestId("language-button");
      await expect(button).toHaveText("中文");
      await expect(button).toHaveAttribute("lang", "zh-CN");
      await button.click();
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      await expect(page.getByRole("heading", { level: 1, name: "智慧停车" })).toBeVisible();
      expect((await context.cookies()).find((c) => c.name === "NEXT_LOCALE")?.value).toBe("zh-CN");
      await page.getByTestId("language-button").click();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByTestId("language-button")).toHaveText("中文");
    });
  });

  test.describe("a reader of traditional characters (zh-TW)", () => {
    test.use({ locale: "zh-TW" });

    test("gets Chinese with a note that traditional characters are not offered yet, until they choose", async ({
      page,
    }) => {
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      await expect(page.getByTestId("traditional-note")).toHaveText(
        "暫未提供繁體中文版本，現以簡體中文顯示。",
      );
      await expect(page.getByTestId("traditional-note")).toHaveAttribute("lang", "zh-Hant");
      // Choosing a language (here Chinese, twice over the header button) is an answer: the note goes.
      await page.getByTestId("language-button").click();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await page.getByTestId("language-button").click();
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      await expect(page.getByTestId("traditional-note")).toHaveCount(0);
    });
  });
});
