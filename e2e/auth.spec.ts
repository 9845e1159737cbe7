import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import {
  expect,
  otpBody,
  type Page,
  signInViaApi,
  test,
  uniqueIp,
  uniquePhone,
  type Words,
  wordsPattern,
} from "./fixtures";
import { SANDBOX_HEADERS } from "./sandbox-token";
import { needs } from "./target";

test.describe("Sign-in", { tag: ["@account", "@resident", "@tourist"] }, () => {
  const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

  async function expectAxeClean(page: Page) {
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  }

  async function requestCodeInUi(page: Page, phone: string, t?: Words): Promise<string> {
    await needs(page.request, "sandbox");
    await page.getByLabel(t ? t("auth.phoneLabel") : "手机号").fill(phone);
    await page.getByRole("checkbox", { name: t ? t("auth.privacyLink") : /隐私政策/ }).check();
    await page.getByRole("button", { name: t ? t("auth.sendCode") : "获取验证码" }).click();
    const sandbox = page.getByTestId("sandbox-code");
    await expect(sandbox).toContainText(t ? t("auth.sandboxNotice") : "沙盒");
    return (await page.getByTestId("sandbox-code-value").textContent())!.trim();
  }

  test.describe("sign in with phone and code", () => {
    test("signs in through the UI with the sandbox code and lands on /me", { tag: "@smoke" }, async ({
      page,
      t,
    }) => {
      const phone = uniquePhone();
      await page.goto("/login?next=/me");
      await expect(page.getByRole("heading", { level: 1, name: t("auth.title") })).toBeVisible();
      await expect(page.getByLabel(t("auth.phoneLabel"))).toHaveAttribute("inputmode", "tel");
      await expect(page.getByLabel(t("auth.phoneLabel"))).toHaveAttribute("autocomplete", "tel");
      // People type numbers with spaces and a country code; the server normalises them.
      const code = await requestCodeInUi(
        page,
        `+86 ${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`,
        t,
      );
      expect(code).toMatch(/^\d{6}$/);
      const codeInput = page.getByLabel(t("auth.codeLabel"));
      await expect(codeInput).toHaveAttribute("inputmode", "numeric");
      await expect(codeInput).toHaveAttribute("autocomplete", "one-time-code");
      await expect(page.getByRole("button", { name: wordsPattern(t, "auth.resendIn") })).toBeDisabled();
      // The sixth digit signs in: no button to find.
      await codeInput.fill(code);
      await expect(page).toHaveURL("/me");
      await expect(page.getByTestId("account-phone")).toHaveText(
        t("auth.account.signedInAs", { phone: masked(phone) }),
      );
      // Signed in, /login goes straight on.
      await page.goto("/login?next=/air");
      await expect(page).toHaveURL("/air");
    });

    test("a wrong code shows the server's message and the right one still works", async ({ page }) => {
      await page.goto("/login");
      const code = await requestCodeInUi(page, uniquePhone());
      await page.getByLabel("6 位验证码").fill(code === "000000" ? "111111" : "000000");
      await expect(page.getByTestId("auth-error")).toHaveText("验证码不正确，还可以再试 4 次。");
      await expect(page.getByTestId("auth-error")).toHaveAttribute("role", "alert");
      await page.getByLabel("6 位验证码").fill(code);
      await expect(page).toHaveURL("/me"); // the default destination
    });

    test("a second code within 60 s is refused with the seconds to wait", async ({ page }) => {
      const phone = uniquePhone();
      await page.goto("/login");
      await requestCodeInUi(page, phone);
      await page.getByRole("button", { name: "换个手机号" }).click();
      await page.getByLabel("手机号").fill(phone);
      await page.getByRole("button", { name: "获取验证码" }).click();
      await expect(page.getByTestId("auth-error")).toHaveText(/^验证码刚刚发过，请 \d+ 秒后再重新获取。$/);
      await expect(page.getByRole("button", { name: /\d+ 秒后可重新获取/ })).toBeDisabled();
      await page.getByRole("button", { name: "已经收到验证码？去输入" }).click();
      await expect(page.getByLabel("6 位验证码")).toBeVisible();
    });

    test("?next only accepts same-site paths", async ({ page }) => {
      await page.goto("/login?next=//evil.example/x");
      const code = await requestCodeInUi(page, uniquePhone());
      await page.getByLabel("6 位验证码").fill(code);
      await expect(page).toHaveURL("/me");
    });

    test("no code is sent before the privacy policy is accepted; the policy is there to read", async ({
      page,
    }) => {
      await page.goto("/login");
      let asked = 0;
      page.on("request", (request) => {
        if (request.url().endsWith("/api/auth/otp")) asked += 1;
      });
      await page.getByLabel("手机号").fill(uniquePhone());
      await page.getByRole("button", { name: "获取验证码" }).click();
      await expect(page.getByTestId("auth-error")).toHaveText("请先勾选同意隐私政策，再获取验证码。");
      expect(asked).toBe(0);
      const policy = page.getByRole("link", { name: "《隐私政策》" });
      await expect(policy).toHaveAttribute("href", "/privacy");
      await page.goto("/privacy");
      await expect(page.getByRole("heading", { level: 1, name: "隐私政策" })).toBeVisible();
      await expect(page.getByTestId("privacy-version")).toHaveText(/^版本 \d{4}-\d{2}-\d{2}/);
      await expect(page.getByRole("heading", { level: 2, name: "你的权利" })).toBeVisible();
      await expectAxeClean(page);
    });

    test("a visitor with a Hong Kong number signs in with the region picked", async ({ page }) => {
      const local = `9${uniquePhone().slice(-7)}`;
      await page.goto("/login");
      await page.getByLabel("国家或地区").selectOption("HK");
      await expect(page.getByText("8 位香港手机号，例如 9123 4567")).toBeVisible();
      const code = await requestCodeInUi(page, `${local.slice(0, 4)} ${local.slice(4)}`);
      await page.getByLabel("6 位验证码").fill(code);
      await expect(page).toHaveURL("/me");
      await expect(page.getByTestId("account-phone")).toHaveText(`已登录：+852 ****${local.slice(-4)}`);
    });
  });

  test("login steps and the account section are accessible", async ({ page }) => {
    await page.goto("/login");
    await expectAxeClean(page);
    await requestCodeInUi(page, uniquePhone());
    await page.getByLabel("6 位验证码").fill("000000");
    await expect(page.getByTestId("auth-error")).not.toBeEmpty();
    await expectAxeClean(page);
    await page.goto("/me");
    await expect(page.getByRole("link", { name: "登录", exact: true })).toBeVisible();
    await expectAxeClean(page);
    await signInViaApi(page.request);
    await page.reload();
    await page.getByRole("button", { name: "退出所有设备" }).click();
    await expect(page.getByRole("button", { name: "确定退出所有设备" })).toBeVisible();
    await expectAxeClean(page);
  });

  test.describe("signing out", () => {
    test("signs out on this device", async ({ page }) => {
      await page.goto("/me");
      await expect(page.getByRole("link", { name: "登录", exact: true })).toHaveAttribute(
        "href",
        "/login?next=/me",
      );
      const { phone } = await signInViaApi(page.request);
      await page.reload();
      await expect(page.getByTestId("account-phone")).toContainText(masked(phone));
      await page.getByRole("button", { name: "退出登录" }).click();
      await expect(page.getByRole("link", { name: "登录", exact: true })).toBeVisible();
      expect((await page.request.get("/api/me")).status()).toBe(401);
      await page.reload();
      await expect(page.getByRole("link", { name: "登录", exact: true })).toBeVisible();
    });
  });

  test.describe("API contract", () => {
    type Case = {
      name: string;
      call: (api: APIRequestContext, headers: Record<string, string>) => Promise<APIResponse>;
      status: number;
      code: string;
      en: RegExp;
      zh: RegExp;
    };
    const post = (path: string, data: unknown) => (api: APIRequestContext, headers: Record<string, string>) =>
      api.post(path, { data: data as object, headers });

    const cases: Case[] = [
      {
        name: "otp: not a mobile number",
        call: post("/api/auth/otp", otpBody("12345")),
        status: 400,
        code: "validation_failed",
        en: /11 digits for mainland China .* or with its country code elsewhere/,
        zh: /中国大陆 11 位.*其他国家或地区请带国家代码/,
      },
      {
        name: "otp: the privacy policy was not accepted",
        call: post("/api/auth/otp", { phone: "13800138000" }),
        status: 400,
        code: "validation_failed",
        en: /Please read and accept the privacy policy first\./,
        zh: /请先阅读并同意隐私政策。/,
      },
      {
        name: "otp: an older privacy policy was accepted",
        call: post("/api/auth/otp", { phone: "13800138000", privacyVersion: "2020-01-01" }),
        status: 400,
        code: "validation_failed",
        en: /Please read and accept the privacy policy first\./,
        zh: /请先阅读并同意隐私政策。/,
      },
      {
        name: "otp: phone missing",
        call: post("/api/auth/otp", { privacyVersion: otpBody("").privacyVersion }),
        status: 400,
        code: "validation_failed",
        en: /“phone number” is required/,
        zh: /「手机号」为必填项/,
      },
      {
        name: "otp: unknown field",
        call: post("/api/auth/otp", { ...otpBody("13800138000"), admin: true }),
        status: 400,
        code: "validation_failed",
        en: /Unrecognised fields: admin/,
        zh: /无法识别的字段：admin/,
      },
      {
        name: "otp: body is not JSON",
        call: (api, headers) =>
          api.post("/api/auth/otp", {
            data: Buffer.from("{phone:"),
            headers: { ...headers, "content-type": "application/json" },
          }),
        status: 400,
        code: "bad_request",
        en: /not valid JSON/,
        zh: /不是有效的 JSON/,
      },
      {
        name: "verify: code is not six digits",
        call: post("/api/auth/verify", { phone: "13800138000", code: "12" }),
        status: 400,
        code: "validation_failed",
        en: /The code is 6 digits/,
        zh: /验证码是 6 位数字/,
      },
      {
        name: "verify: no code was requested",
        call: (api, headers) =>
          post("/api/auth/verify", { phone: uniquePhone(), code: "123456" })(api, headers),
        status: 401,
        code: "unauthorized",
        en: /^Please request a code first\.$/,
        zh: /^请先获取验证码。$/,
      },
      {
        name: "me: not signed in",
        call: (api, headers) => api.get("/api/me", { headers }),
        status: 401,
        code: "unauthorized",
        en: /^Please sign in first\.$/,
        zh: /^请先登录。$/,
      },
    ];

    for (const c of cases) {
      for (const [language, acceptLanguage] of [
        ["en", "en-GB,en;q=0.9"],
        ["zh", "zh-CN,zh;q=0.9"],
      ] as const) {
        test(`${c.name} (${language})`, async ({ playwright, baseURL }) => {
          // A fresh request context: no cookies, so only Accept-Language picks the language.
          const api = await playwright.request.newContext({ baseURL });
          try {
            const response = await c.call(api, {
              "accept-language": acceptLanguage,
              "x-forwarded-for": uniqueIp(),
            });
            expect(response.status()).toBe(c.status);
            const body = (await response.json()) as { error: { code: string; message: string } };
            expect(body.error.code).toBe(c.code);
            expect(body.error.message).toMatch(language === "en" ? c.en : c.zh);
          } finally {
            await api.dispose();
          }
        });
      }
    }

    test("otp → verify → me → logout, with the documented shapes and headers", async ({ page }) => {
      const api = page.request;
      const phone = uniquePhone();
      // The token spares this contract check the per-address hourly count (a deployment shares one address).
      const otp = await api.post("/api/auth/otp", { data: otpBody(phone), headers: SANDBOX_HEADERS });
      expect(otp.status()).toBe(200);
      const sent = (await otp.json()) as { sent: boolean; devCode: string };
      expect(sent).toEqual({ sent: true, devCode: expect.stringMatching(/^\d{6}$/) });

      const wrong = await api.post("/api/auth/verify", {
        data: { phone, code: sent.devCode === "000000" ? "000001" : "000000" },
        headers: { ...SANDBOX_HEADERS, "accept-language": "en" },
      });
      expect(wrong.status()).toBe(401);
      expect((await wrong.json()).error.message).toBe("That code is not right. You can try 4 more times.");

      const verify = await api.post("/api/auth/verify", {
        data: { phone, code: sent.devCode },
        headers: SANDBOX_HEADERS,
      });
      expect(verify.status()).toBe(200);
      const { user } = (await verify.json()) as { user: { id: string; phone: string } };
      expect(user).toEqual({ id: expect.any(String), phone: masked(phone) });
      const cookie = verify.headers()["set-cookie"] ?? "";
      expect(cookie).toMatch(/^cb_session=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=lax/i);
      expect(cookie).toMatch(/Path=\//);

      const me = await api.get("/api/me");
      expect(me.status()).toBe(200);
      expect(me.headers()["cache-control"]).toBe("private, no-cache");
      expect(await me.json()).toEqual({ user: { id: user.id, phone: masked(phone), locale: "zh-CN" } });

      // Choosing a language while signed in also remembers it on the account.
      expect((await api.post("/api/preferences", { data: { locale: "en" } })).status()).toBe(204);
      expect(((await (await api.get("/api/me")).json()) as { user: { locale: string } }).user.locale).toBe(
        "en",
      );

      // The remembered language (cookie) wins over Accept-Language.
      const again = await api.post("/api/auth/verify", {
        data: { phone, code: sent.devCode },
        headers: { ...SANDBOX_HEADERS, "accept-language": "zh-CN" },
      });
      expect(again.status()).toBe(401);
      expect((await again.json()).error.message).toBe(
        "This code has already been used. Please request a new code.",
      );

      const logout = await api.post("/api/auth/logout");
      expect(logout.status()).toBe(204);
      expect(logout.headers()["set-cookie"]).toMatch(/cb_session=;/);
      expect((await api.get("/api/me")).status()).toBe(401);
      expect((await api.post("/api/auth/logout", { data: { everywhere: true } })).status()).toBe(204);
    });

    test("a second code for one phone within 60 s is 429 with Retry-After", async ({ page }) => {
      const phone = uniquePhone();
      const first = await page.request.post("/api/auth/otp", {
        data: otpBody(phone),
        headers: SANDBOX_HEADERS,
      });
      expect(first.status()).toBe(200);
      // The per-phone window applies with the token too (the token lifts only the per-address count).
      const second = await page.request.post("/api/auth/otp", {
        data: otpBody(phone),
        headers: { ...SANDBOX_HEADERS, "accept-language": "en" },
      });
      expect(second.status()).toBe(429);
      const { error } = (await second.json()) as {
        error: { code: string; message: string; retryAfterSeconds: number };
      };
      expect(error.code).toBe("rate_limited");
      expect(error.retryAfterSeconds).toBeGreaterThan(50);
      expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
      expect(second.headers()["retry-after"]).toBe(String(error.retryAfterSeconds));
      expect(error.message).toBe(
        `A code was just sent. You can request a new one in ${error.retryAfterSeconds} seconds.`,
      );
    });

    test("30 codes an hour per client address; the 31st asks for a proof of work, which the page solves by itself", async ({
      page,
      clientIp,
    }) => {
      await needs(page.request, "client-addresses");
      test.setTimeout(90_000);
      const headers = { "x-forwarded-for": clientIp };
      for (let i = 0; i < 30; i++) {
        const response = await page.request.post("/api/auth/otp", { data: otpBody(uniquePhone()), headers });
        expect(response.status(), `request ${i + 1}`).toBe(200);
      }
      const asked = await page.request.post("/api/auth/otp", { data: otpBody(uniquePhone()), headers });
      expect(asked.status()).toBe(429);
      const { error } = (await asked.json()) as {
        error: { message: string; challenge?: { signature: string } };
      };
      expect(error.message).toMatch(/需要先自动验证/);
      expect(error.challenge?.signature).toMatch(/^[0-9a-f]{64}$/);
      // A made-up answer is refused with a clear 400, and costs nothing.
      const forged = await page.request.post("/api/auth/otp", {
        data: {
          ...otpBody(uniquePhone()),
          proof: { challenge: error.challenge, solution: { counter: 1, derivedKey: "00" } },
        },
        headers,
      });
      expect(forged.status()).toBe(400);
      expect((await forged.json()).error.message).toBe("自动验证没有通过，请重新获取验证码。");
      // Another address is not affected.
      const elsewhere = await page.request.post("/api/auth/otp", {
        data: otpBody(uniquePhone()),
        headers: { "x-forwarded-for": uniqueIp() },
      });
      expect(elsewhere.status()).toBe(200);

      // On screen, the same network still gets its code: the browser proves its work, nobody solves a puzzle.
      await page.goto("/login");
      const code = await requestCodeInUi(page, uniquePhone());
      expect(code).toMatch(/^\d{6}$/);
    });
  });
});
