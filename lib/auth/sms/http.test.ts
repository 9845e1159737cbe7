import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBody } from "@/lib/testing/read-body";
import { httpSmsProvider } from "./http";
import { sandboxSmsProvider } from "./sandbox";
import { SmsSendError } from "./types";

interface Received {
  auth?: string;
  contentType?: string;
  body: unknown;
}

let server: Server;
let base: string;
const received: Received[] = [];

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = await readBody(request);
    received.push({
      auth: request.headers.authorization,
      contentType: request.headers["content-type"],
      body: JSON.parse(body || "null"),
    });
    if (request.url === "/slow") {
      setTimeout(() => response.end("late"), 1000);
      return;
    }
    response.statusCode = request.url === "/fail" ? 502 : 200;
    response.end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const message = { phone: "13800138000", text: "Your code is 123456", code: "123456" };

describe("httpSmsProvider", () => {
  it("posts phone and text as JSON with the bearer token, and never the code separately", async () => {
    received.length = 0;
    const result = await httpSmsProvider({ url: `${base}/ok`, token: "secret-token" }).send(message);
    expect(result).toEqual({});
    expect(received).toEqual([
      {
        auth: "Bearer secret-token",
        contentType: "application/json",
        body: { phone: "13800138000", text: "Your code is 123456" },
      },
    ]);
  });

  it.each([
    ["a gateway error status", "/fail", 5000, /answered 502/],
    ["a gateway that is too slow", "/slow", 100, /timed out/],
  ])("rejects with SmsSendError on %s", async (_name, path, timeoutMs, reason) => {
    const send = httpSmsProvider({ url: `${base}${path}`, token: "t", timeoutMs }).send(message);
    await expect(send).rejects.toThrow(SmsSendError);
    await expect(
      httpSmsProvider({ url: `${base}${path}`, token: "t", timeoutMs }).send(message),
    ).rejects.toThrow(reason);
  });

  it("rejects with SmsSendError when nothing listens", async () => {
    const send = httpSmsProvider({ url: "http://127.0.0.1:9/none", token: "t" }).send(message);
    await expect(send).rejects.toThrow(/unreachable/);
  });
});

describe("sandboxSmsProvider", () => {
  it("sends nothing and hands the code back", async () => {
    expect(await sandboxSmsProvider().send(message)).toEqual({ devCode: "123456" });
  });
});
