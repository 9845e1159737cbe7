import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readJson, route } from "./route";

const echo = route<{ id: string }>(async (request, { params, locale }) => {
  const body = request.method === "POST" ? await readJson(request, z.object({ note: z.string() })) : null;
  return Response.json({ id: params.id, locale, body });
});

async function call(
  url: string,
  init: { method?: string; body?: string; cookie?: string; params?: object } = {},
) {
  const request = new NextRequest(`http://localhost${url}`, {
    method: init.method ?? "GET",
    body: init.body,
    headers: { "accept-language": "en", ...(init.cookie ? { cookie: init.cookie } : {}) },
  });
  const response = await echo(request, { params: Promise.resolve(init.params ?? { id: "1" }) } as never);
  return { status: response.status, body: await response.json() };
}

describe("route()", () => {
  it("answers with the handler", async () => {
    expect(await call("/api/x/1?a=b")).toEqual({ status: 200, body: { id: "1", locale: "en", body: null } });
  });

  it("keeps going with an undecodable NEXT_LOCALE cookie", async () => {
    expect((await call("/api/x/1", { cookie: "NEXT_LOCALE=%E0%A4%A" })).status).toBe(200);
  });

  it.each([
    ["a NUL in a param", "/api/x/1", { params: { id: "a\u0000" } }, "“id”"],
    ["a lone surrogate in a param", "/api/x/1", { params: { id: "\ud800" } }, "“id”"],
    ["a NUL in a query value", "/api/x/1?q=%00", {}, "“q”"],
    ["a NUL in a query name", "/api/x/1?%00=1", {}, "“query”"],
    ["a NUL in a JSON string", "/api/x/1", { method: "POST", body: '{"note":"a\\u0000"}' }, "“note”"],
    [
      "a lone surrogate in a JSON key",
      "/api/x/1",
      { method: "POST", body: '{"note":"a","\\ud800":1}' },
      "“<key>”",
    ],
  ])("refuses %s with a 400 in the error shape", async (_name, url, init, field) => {
    const { status, body } = await call(url, init);
    expect(status).toBe(400);
    expect(body).toEqual({
      error: { code: "bad_request", message: expect.stringContaining(`${field} contains a NUL character`) },
    });
  });

  it("refuses a body over 1 MB with a 413", async () => {
    const { status, body } = await call("/api/x/1", {
      method: "POST",
      body: JSON.stringify({ note: "x".repeat(1_000_001) }),
    });
    expect(status).toBe(413);
    expect(body.error.code).toBe("payload_too_large");
  });
});

describe("route() guards the API itself (the proxy runs for pages only)", () => {
  const mutate = (headers: Record<string, string>) =>
    echo(
      new NextRequest("http://localhost/api/x/1", {
        method: "POST",
        body: '{"note":"hi"}',
        headers: { "accept-language": "en", ...headers },
      }),
      { params: Promise.resolve({ id: "1" }) } as never,
    );

  it("refuses a mutation sent by a page on another site with 403 in the error shape", async () => {
    const response = await mutate({ origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("forbidden");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("lets the same mutation from its own site through, with the security headers", async () => {
    const response = await mutate({ "sec-fetch-site": "same-origin" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
