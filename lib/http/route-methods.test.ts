import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { HTTP_METHODS } from "./http-methods";
import { listApiRoutes } from "./route-files";
import { routeMethods } from "./route-methods";

const request = (method: string, language = "en") =>
  new NextRequest("http://localhost/api/thing", { method, headers: { "accept-language": language } });

describe("routeMethods", () => {
  const ok = async () => Response.json({ ok: true });
  const methods = routeMethods({ GET: ok, POST: ok });

  it("keeps the given handlers, answers HEAD as GET and OPTIONS with Allow", async () => {
    expect(methods.GET).toBe(ok);
    expect(methods.POST).toBe(ok);
    expect(methods.HEAD).toBe(ok);
    const options = methods.OPTIONS();
    expect(options.status).toBe(204);
    expect(options.headers.get("allow")).toBe("GET, HEAD, OPTIONS, POST");
  });

  it.each(["PUT", "PATCH", "DELETE"] as const)(
    "answers %s with a 405 in the error shape and Allow",
    async (method) => {
      const response = methods[method](request(method));
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS, POST");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({
        error: {
          code: "method_not_allowed",
          message: "That request method is not supported here (allowed: GET, HEAD, OPTIONS, POST).",
        },
      });
    },
  );

  it("answers HEAD with a 405 where there is no GET, in the caller's language", async () => {
    const response = routeMethods({ POST: ok }).HEAD(request("HEAD", "zh-CN"));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("OPTIONS, POST");
    expect((await response.json()).error.message).toMatch(/不支持/);
  });
});

describe("every API route file", () => {
  const routes = listApiRoutes(path.resolve(import.meta.dirname, "../.."));

  it("is found on the file system", () => {
    expect(routes.length).toBeGreaterThanOrEqual(35);
  });

  it.each(routes.map((r) => [r.file, r] as const))(
    "%s leaves no method to Next's bare 405",
    (_file, route) => {
      // Next answers a method a route module does not export with an empty 405 (no Allow, no error shape).
      expect(route.exported).toEqual([...HTTP_METHODS]);
      expect(route.handled.length).toBeGreaterThan(0);
    },
  );
});
