import { expect, test } from "./fixtures";

test.describe("first visit in English", () => {
  test.use({ locale: "en-US" });

  test("Accept-Language decides the first visit", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "City services" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
  });
});

test("switching language on Me is remembered across pages and reloads", async ({ page, context }) => {
  await page.goto("/me");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.getByRole("radio", { name: "English" }).check();
  await expect(page.getByRole("heading", { level: 1, name: "Me" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name === "NEXT_LOCALE")?.value).toBe("en");

  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Home" }).click();
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
