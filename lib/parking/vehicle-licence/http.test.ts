import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBody } from "@/lib/testing/read-body";
import { httpVehicleLicence } from "./http";
import { VehicleLicenceUnavailableError } from "./types";

let server: Server;
let base: string;
const received: { auth?: string; body: unknown }[] = [];

beforeAll(async () => {
  server = createServer(async (request, response) => {
    received.push({
      auth: request.headers.authorization,
      body: JSON.parse((await readBody(request)) || "null"),
    });
    const answers: Record<string, [number, string]> = {
      "/match": [200, '{"match":true}'],
      "/mismatch": [200, '{"match":false}'],
      "/malformed": [200, '{"ok":1}'],
      "/fail": [502, "{}"],
    };
    if (request.url === "/slow") {
      setTimeout(() => response.end('{"match":true}'), 1000);
      return;
    }
    const [status, body] = answers[request.url ?? ""] ?? [404, "{}"];
    response.statusCode = status;
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const query = { plate: "浙A12345", ownerName: "张三", vinLast6: "012345" };

describe("httpVehicleLicence", () => {
  it("posts the query with the bearer token and reads the verdict", async () => {
    received.length = 0;
    expect(await httpVehicleLicence({ url: `${base}/match`, token: "tk" }).check(query)).toBe("match");
    expect(await httpVehicleLicence({ url: `${base}/mismatch`, token: "tk" }).check(query)).toBe("mismatch");
    expect(received[0]).toEqual({ auth: "Bearer tk", body: query });
  });

  it.each([
    ["an error status", "/fail", /answered 502/],
    ["a malformed answer", "/malformed", /malformed/],
    ["a slow service", "/slow", /timed out/],
  ])("is unavailable (never a verdict) on %s", async (_name, path, reason) => {
    const check = httpVehicleLicence({ url: `${base}${path}`, token: "tk", timeoutMs: 200 }).check(query);
    await expect(check).rejects.toThrow(VehicleLicenceUnavailableError);
    await expect(
      httpVehicleLicence({ url: `${base}${path}`, token: "tk", timeoutMs: 200 }).check(query),
    ).rejects.toThrow(reason);
  });
});
