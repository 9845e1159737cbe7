import { expect, signInViaApi, test } from "./fixtures";

test("pages carry a nonce-based CSP and the security headers", async ({ page }) => {
  const response = await page.goto("/");
  const headers = response!.headers();
  const csp = headers["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("tile.openstreetmap.org");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("geolocation=(self)");
  // Every script Next rendered carries this response's nonce, so the strict policy lets the app run.
  const scripts = await page
    .locator("script")
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const value of scripts) expect(value).toBe(nonce);
  // …and the app is interactive (hydrated) under that policy.
  await page.getByRole("link", { name: "我的" }).click();
  await expect(page).toHaveURL("/me");
});

test("a mutation from another site is refused with 403 and the error shape", async ({ request }) => {
  const response = await request.post("/api/preferences", {
    data: { locale: "en" },
    headers: { origin: "https://evil.example" },
  });
  expect(response.status()).toBe(403);
  const body = await response.json();
  expect(body).toEqual({ error: { code: "forbidden", message: expect.stringContaining("其他网站") } });
  expect(response.headers()["set-cookie"]).toBeUndefined();
});

test.describe("error shape on every route", () => {
  const cases = [
    { name: "unknown API path", method: "GET", path: "/api/no-such-thing", status: 404, code: "not_found" },
    {
      name: "unknown API path, POST",
      method: "POST",
      path: "/api/no/such/thing",
      status: 404,
      code: "not_found",
    },
    {
      name: "malformed JSON",
      method: "POST",
      path: "/api/preferences",
      body: "{oops",
      status: 400,
      code: "bad_request",
    },
    {
      name: "wrong field value",
      method: "POST",
      path: "/api/preferences",
      body: '{"elder":"yes"}',
      status: 400,
      code: "validation_failed",
    },
    {
      name: "empty preferences",
      method: "POST",
      path: "/api/preferences",
      body: "{}",
      status: 400,
      code: "validation_failed",
    },
  ];
  for (const c of cases) {
    test(c.name, async ({ request }) => {
      const response = await request.fetch(c.path, {
        method: c.method,
        data: c.body === undefined ? undefined : Buffer.from(c.body),
        headers: { "content-type": "application/json", "accept-language": "en" },
      });
      expect(response.status()).toBe(c.status);
      const body = await response.json();
      expect(body.error.code).toBe(c.code);
      expect(typeof body.error.message).toBe("string");
      expect(body.error.message.length).toBeGreaterThan(5);
    });
  }
});

test("health reports the database in use", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true, db: process.env.DATABASE_URL ? "postgres" : "pglite" });
});

test("signed in, /login?next= never leads to another site", async ({ page, baseURL }) => {
  await signInViaApi(page.request);
  for (const next of [
    "/.//evil.example",
    "//evil.example",
    "/..//evil.example",
    "/%2F%2Fevil.example",
    "/nope",
  ]) {
    await page.goto(`/login?next=${encodeURIComponent(next)}`);
    await expect(page, next).toHaveURL(`${baseURL}/me`);
  }
  await page.goto(`/login?next=${encodeURIComponent("/parking?view=list")}`);
  await expect(page).toHaveURL(`${baseURL}/parking?view=list`);
});
