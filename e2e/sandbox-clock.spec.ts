import { expect, otpBody, signInViaApi, test, uniqueIp } from "./fixtures";
import { keepSandboxClockAsFound } from "./sandbox-clock-as-found";
import { SANDBOX_HEADERS } from "./sandbox-token";
import { needs } from "./target";

test.describe("Sandbox clock", { tag: ["@account"] }, () => {
  test.beforeEach(({ request }) => needs(request, "sandbox"));

  // The clock is the deployment's: put it back as found, so a second run (or anything after) is not skewed.
  keepSandboxClockAsFound();
  // Journeys that move the sandbox clock. Every server-side "now" follows it, so a move would upset journeys running
  // beside them: the config runs this file in a project of its own, after all the others.

  test.describe("the sandbox clock", () => {
    test("moves every server-side now, and refuses nonsense", async ({ request }) => {
      const before = (await (
        await request.get("/api/sandbox/clock", { headers: SANDBOX_HEADERS })
      ).json()) as {
        offsetMs: number;
        now: string;
      };
      const moved = await request.put("/api/sandbox/clock", {
        headers: SANDBOX_HEADERS,
        data: { advanceMs: 1_000 },
      });
      expect(moved.status()).toBe(200);
      const after = (await moved.json()) as { offsetMs: number; now: string };
      expect(after.offsetMs).toBe(before.offsetMs + 1_000);
      expect(Date.parse(after.now) - Date.now()).toBeGreaterThanOrEqual(after.offsetMs - 5_000);
      for (const data of [{ offsetMs: -1 }, { advanceMs: "soon" }, { offsetMs: 1, advanceMs: 1 }, {}]) {
        const bad = await request.put("/api/sandbox/clock", { headers: SANDBOX_HEADERS, data });
        expect(bad.status(), JSON.stringify(data)).toBe(400);
        expect((await bad.json()).error.code).toBe("validation_failed");
      }
    });
  });

  test.describe("signing out everywhere", () => {
    test("signs out on every device after a confirmation", async ({ page, browser, baseURL }) => {
      const { phone } = await signInViaApi(page.request);
      const other = await browser.newContext({
        baseURL,
        extraHTTPHeaders: { "x-forwarded-for": uniqueIp() },
      });
      try {
        // With the token, only the per-phone window applies (not the address's hourly count, which a deployment
        // shares among every journey of this runner).
        const first = await other.request.post("/api/auth/otp", {
          data: otpBody(phone),
          headers: SANDBOX_HEADERS,
        });
        expect(first.status()).toBe(429);
        const wait = Number(first.headers()["retry-after"]);
        expect(wait).toBeGreaterThan(0);
        expect(wait).toBeLessThanOrEqual(60);
        // The per-phone window passes on the sandbox clock instead of the wall clock.
        const later = await other.request.put("/api/sandbox/clock", {
          headers: SANDBOX_HEADERS,
          data: { advanceMs: (wait + 1) * 1000 },
        });
        expect(later.status(), await later.text()).toBe(200);
        await signInViaApi(other.request, phone);
        expect((await other.request.get("/api/me")).status()).toBe(200);

        await page.goto("/me");
        await page.getByRole("button", { name: "退出所有设备" }).click();
        await expect(page.getByText("确定在所有设备上退出吗？")).toBeVisible();
        await page.getByRole("button", { name: "取消" }).click();
        expect((await other.request.get("/api/me")).status()).toBe(200);
        await page.getByRole("button", { name: "退出所有设备" }).click();
        await page.getByRole("button", { name: "确定退出所有设备" }).click();
        await expect(page.getByRole("link", { name: "登录", exact: true })).toBeVisible();

        expect((await other.request.get("/api/me")).status()).toBe(401);
        const otherPage = await other.newPage();
        await otherPage.goto("/me");
        await expect(otherPage.getByRole("link", { name: "登录", exact: true })).toBeVisible();
      } finally {
        await other.close();
      }
    });
  });
});
