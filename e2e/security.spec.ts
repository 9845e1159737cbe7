import { parseEnv } from "../lib/env";
import { tileImageOrigins } from "../lib/maps/tile-provider";
import { databaseOf, expect, otpBody, signInViaApi, test, uniquePhone } from "./fixtures";
import { SANDBOX_HEADERS } from "./sandbox-token";
import { needs, REMOTE_TARGET } from "./target";

/** The tile origins of the server this run starts, which inherits this process's TILE_* settings. */
const serverTileOrigins = () =>
  tileImageOrigins(
    parseEnv(Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith("TILE_")))),
  );

test.describe("Security", { tag: ["@account"] }, () => {
  test("pages carry a nonce-based CSP and the security headers", { tag: "@smoke" }, async ({ page, t }) => {
    const response = await page.goto("/");
    const headers = response!.headers();
    const csp = headers["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    // Images: this app, and exactly the map tile provider's hosts, each spelt out (no wildcard).
    const imgSrc = csp
      .split("; ")
      .find((directive) => directive.startsWith("img-src "))!
      .split(" ")
      .slice(1);
    expect(imgSrc.slice(0, 3)).toEqual(["'self'", "data:", "blob:"]);
    expect(imgSrc.join(" ")).not.toContain("*");
    if (!REMOTE_TARGET) expect(imgSrc.slice(3).sort()).toEqual(serverTileOrigins().sort());
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
    await page.getByRole("link", { name: t("common.tabs.me"), exact: true }).click();
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
        name: "TRACE, a method no route has",
        method: "TRACE",
        path: "/api/parking/lots",
        status: 501,
        code: "not_implemented",
      },
      {
        name: "PROPFIND on a page",
        method: "PROPFIND",
        path: "/parking",
        status: 501,
        code: "not_implemented",
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
        expect(response.headers()["x-content-type-options"]).toBe("nosniff");
        const body = await response.json();
        expect(body.error.code).toBe(c.code);
        expect(typeof body.error.message).toBe("string");
        expect(body.error.message.length).toBeGreaterThan(5);
      });
    }
  });

  test("health reports the database in use", async ({ request }, testInfo) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    const db = databaseOf(testInfo);
    expect(await response.json()).toMatchObject({ ok: true, db: db === "either" ? expect.any(String) : db });
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

  test.describe("sandbox switches", () => {
    test.beforeEach(({ request }) => needs(request, "sandbox"));
    test("answer this machine or the sandbox token, and refuse everyone else with 403", async ({
      request,
      baseURL,
    }) => {
      await needs(request, "client-addresses");
      // `request` presents a documentation address through the trusted hop: not this machine.
      const stranger = await request.get("/api/sandbox/clock");
      expect(stranger.status()).toBe(403);
      expect((await stranger.json()).error).toMatchObject({
        code: "forbidden",
        message: expect.stringContaining("沙箱"),
      });
      expect(stranger.headers()["x-content-type-options"]).toBe("nosniff");
      const wrongToken = await request.put("/api/sandbox/faults", {
        headers: { "x-sandbox-token": "guess-guess-guess-guess" },
        data: { errorRate: 1, latencyMs: 0, malformedRate: 0 },
      });
      expect(wrongToken.status()).toBe(403);
      expect((await request.get("/api/sandbox/faults", { headers: SANDBOX_HEADERS })).status()).toBe(200);
      expect(
        (await (await request.get("/api/sandbox/faults", { headers: SANDBOX_HEADERS })).json()).faults
          .errorRate,
      ).toBe(0);

      // A request straight from this machine (no forwarded address: plain fetch, not a Playwright context, which
      // would add the test's X-Forwarded-For) is let in without the token.
      const clock = await fetch(`${baseURL}/api/sandbox/clock`);
      expect(clock.status).toBe(200);
      expect(await clock.json()).toMatchObject({ offsetMs: expect.any(Number), now: expect.any(String) });
    });

    test("the sandbox token lifts the per-address sign-in limit (30 codes an hour) for journeys", async ({
      request,
    }) => {
      for (let i = 0; i < 32; i++) {
        const response = await request.post("/api/auth/otp", {
          data: otpBody(uniquePhone()),
          headers: SANDBOX_HEADERS,
        });
        expect(response.status(), `request ${i + 1}`).toBe(200);
      }
      // Without it, this address is still limited.
      for (let i = 0; i < 30; i++) await request.post("/api/auth/otp", { data: otpBody(uniquePhone()) });
      expect((await request.post("/api/auth/otp", { data: otpBody(uniquePhone()) })).status()).toBe(429);
    });
  });
});
