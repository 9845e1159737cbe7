// Bad input at the API boundary: every answer is a 4xx in the error shape, never a bare 405 or a 500.
import { request as httpRequest } from "node:http";
import path from "node:path";
import { allowedMethods, HTTP_METHODS } from "../lib/http/http-methods";
import { listApiRoutes } from "../lib/http/route-files";
import { expect, signInViaApi, test } from "./fixtures";
import { machineHeaders, PAYMENTS_CALLBACK_SECRET } from "./machine-secrets";
import { needs } from "./target";

test.describe("API boundary", { tag: ["@account", "@parking"] }, () => {
  const SAMPLE_PARAMS: Record<string, string> = {
    id: "00000000-0000-4000-8000-000000000000",
    plate: encodeURIComponent("浙A12345"),
    operation: "debits",
  };
  const routes = listApiRoutes(path.resolve(__dirname, ".."));
  const concrete = (pattern: string) =>
    pattern.replace(/\[(\w+)\]/g, (_, name: string) => SAMPLE_PARAMS[name] ?? "x");

  function expectSecurityHeaders(headers: Record<string, string>) {
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
  }

  test.describe("405 with Allow and the error shape on every route", () => {
    test("the route list is read from app/api", () => {
      expect(routes.length).toBeGreaterThanOrEqual(34);
      expect(routes.map((r) => r.pattern)).toContain("/api/operator/parking/disputes/[id]/resolution");
    });

    // The catch-all (404) and the malformed-request route (400) answer every method themselves.
    const methodRoutes = routes.filter(
      (r) => !r.pattern.includes("[...") && r.pattern !== "/api/malformed-request",
    );
    for (const route of methodRoutes) {
      test(`${route.pattern}`, async ({ request }) => {
        const path = concrete(route.pattern);
        const allow = allowedMethods(route.handled);
        const options = await request.fetch(path, { method: "OPTIONS" });
        expect(options.status(), `OPTIONS ${path}`).toBe(204);
        expect(options.headers().allow, `OPTIONS ${path}`).toBe(allow);
        const unsupported = HTTP_METHODS.filter((method) => !allow.split(", ").includes(method));
        for (const method of unsupported) {
          const response = await request.fetch(path, {
            method,
            headers: { "accept-language": "en", "content-type": "application/json" },
            data: method === "GET" || method === "HEAD" ? undefined : "{}",
          });
          const what = `${method} ${path}`;
          expect(response.status(), what).toBe(405);
          expect(response.headers().allow, what).toBe(allow);
          expectSecurityHeaders(response.headers());
          if (method === "HEAD") continue;
          expect(await response.json(), what).toEqual({
            error: { code: "method_not_allowed", message: expect.stringContaining("not supported") },
          });
        }
      });
    }

    test("the catch-all answers 404 in the error shape to every method", async ({ request }) => {
      for (const method of HTTP_METHODS.filter((m) => m !== "HEAD")) {
        const response = await request.fetch("/api/no/such/thing", {
          method,
          headers: { "accept-language": "en" },
        });
        expect(response.status(), method).toBe(404);
        expect((await response.json()).error.code, method).toBe("not_found");
      }
    });

    test("a 405 speaks the caller's language", async ({ request }) => {
      const response = await request.delete("/api/health", { headers: { "accept-language": "zh-CN" } });
      expect(response.status()).toBe(405);
      expect((await response.json()).error.message).toMatch(/不支持/);
    });
  });

  test("a malformed NEXT_LOCALE cookie is ignored, never a 500", async ({ request }) => {
    for (const value of ["%E0%A4%A", "%", "%ED%A0%80", "%C0%AF"]) {
      const cookie = `NEXT_LOCALE=${value}`;
      const health = await request.get("/api/health", { headers: { cookie } });
      expect(health.status(), value).toBe(200);
      const bad = await request.post("/api/preferences", {
        data: Buffer.from("{oops"),
        headers: { cookie, "content-type": "application/json", "accept-language": "en" },
      });
      expect(bad.status(), value).toBe(400);
      expect(await bad.json()).toEqual({
        error: { code: "bad_request", message: "The request body is not valid JSON." },
      });
      const missing = await request.get("/api/no-such-thing", { headers: { cookie } });
      expect(missing.status(), value).toBe(404);
    }
  });

  test.describe("NUL and lone surrogates are refused at the boundary", () => {
    test("in a path segment, a query value, a JSON body and a signed body → 400, nothing stored", async ({
      request,
    }) => {
      await needs(request, "payments");
      await signInViaApi(request);
      const headers = { "accept-language": "en" };
      const cases = [
        await request.delete("/api/me/plates/%00", { headers }),
        await request.delete("/api/me/plates/%2500", { headers }),
        await request.delete(`/api/me/plates/${encodeURIComponent("浙A\u000012345")}`, { headers }),
        await request.post("/api/notifications/%00/read", { headers }),
        await request.get("/api/parking/lots/wl-feilaifeng%00", { headers }),
        await request.get("/api/parking/lots?lat=30.259&lng=120.165&radius=3000&x=%00", { headers }),
        await request.get("/api/parking/lots/wl-feilaifeng/quote?entry=%00&exit=x&vehicleClass=small", {
          headers,
        }),
        await request.delete("/api/push/subscriptions", {
          data: '{"endpoint":"https://push.example/\\u0000"}',
          headers: { ...headers, "content-type": "application/json" },
        }),
        await request.delete("/api/push/subscriptions", {
          data: '{"endpoint":"https://push.example/\\ud800"}',
          headers: { ...headers, "content-type": "application/json" },
        }),
        await request.post("/api/me/plates", {
          data: '{"plate":"浙A12345","vehicleClass":"small","\\udc00":1}',
          headers: { ...headers, "content-type": "application/json" },
        }),
        await request.post("/api/preferences", {
          data: '{"locale":"en","nested":[{"deep":["\\u0000"]}]}',
          headers: { ...headers, "content-type": "application/json" },
        }),
      ];
      for (const response of cases) {
        const what = `${response.url()}`;
        expect(response.status(), what).toBe(400);
        // A NUL escaped in the request target never reaches Next (scripts/serve.mjs: malformed_request); one that
        // Next decodes into a parameter, or one inside a body, is refused by route() (bad_request).
        expect(await response.json(), what).toEqual({
          error: expect.objectContaining({
            code: expect.stringMatching(/^(bad_request|malformed_request)$/),
            message: expect.stringMatching(/NUL|Unicode|address is malformed/),
          }),
        });
      }

      const callback = JSON.stringify({
        callbackId: "cb-nul-\u0000",
        idempotencyKey: "k\ud800",
        status: "succeeded",
        amountFen: 1,
        at: new Date().toISOString(),
      });
      const signed = await request.post("/api/payments/callback", {
        data: callback,
        headers: { ...machineHeaders(PAYMENTS_CALLBACK_SECRET, callback), ...headers },
      });
      expect(signed.status(), await signed.text()).toBe(400);
      expect((await signed.json()).error.message).toMatch(/NUL|Unicode/);
    });
  });

  test.describe("an oversized body is refused with a 413 the client can read, none of it kept", () => {
    const big = `{"locale":"en","pad":"${"x".repeat(1_100_000)}"}`;

    test("declared by Content-Length → 413 in the error shape", async ({ request }) => {
      const response = await request.post("/api/preferences", {
        data: big,
        headers: { "content-type": "application/json", "accept-language": "en" },
      });
      expect(response.status()).toBe(413);
      expect(await response.json()).toEqual({
        error: { code: "payload_too_large", message: expect.stringContaining("too large") },
      });
      expectSecurityHeaders(response.headers());
    });

    for (const path of ["/api/preferences", "/api/parking/gate-events"]) {
      test(`chunked, without Content-Length → 413 (${path})`, async ({ baseURL }) => {
        const { status, body } = await chunkedPost(`${baseURL}${path}`, 3_000_000);
        expect(status).toBe(413);
        expect(JSON.parse(body)).toMatchObject({ error: { code: "payload_too_large" } });
      });
    }
  });

  test("the malformed-request route answers 400 in the error shape to every method", async ({ request }) => {
    for (const method of HTTP_METHODS) {
      const response = await request.fetch("/api/malformed-request", {
        method,
        headers: { "accept-language": method === "GET" ? "en" : "zh-CN" },
      });
      expect(response.status(), method).toBe(400);
      if (method === "HEAD") continue;
      expect(await response.json(), method).toEqual({
        error: {
          code: "malformed_request",
          message: method === "GET" ? "The request address is malformed." : "请求地址格式有误。",
        },
      });
    }
  });

  /** Streams `bytes` of a JSON string body in chunks (Transfer-Encoding: chunked) and returns the answer. */
  function chunkedPost(url: string, bytes: number): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        url,
        {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "accept-language": "en",
            "x-forwarded-for": "10.9.9.9",
          },
        },
        (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (chunk) => {
            body += chunk;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      let answered = false;
      // The server may stop reading once it has answered; a write error after that is expected.
      req.on("error", (error) => {
        if (!answered) reject(error);
      });
      const chunk = "x".repeat(64 * 1024);
      let sent = 0;
      const pump = () => {
        if (sent === 0) req.write('{"pad":"');
        while (sent < bytes) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once("drain", pump);
        }
        req.end('"}');
      };
      req.on("response", () => {
        answered = true;
        sent = bytes;
      });
      pump();
    });
  }
});
