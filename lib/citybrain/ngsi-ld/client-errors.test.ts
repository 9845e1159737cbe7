import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createFixtureCity } from "@/lib/testing/fixture-city";
import { withResilience } from "../resilience";
import type { CityBrainSource } from "../types";
import { UpstreamError } from "../upstream-error";
import { listen } from "./broker";
import { createNgsiLdSource } from "./client";

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function brokerOver(source: CityBrainSource): Promise<string> {
  const broker = await listen(source, 0, "127.0.0.1", { log: () => {} });
  closers.push(broker.close);
  return broker.url;
}

/** A misbehaving server written by hand. */
async function rawServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(
    () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function failureOf(promise: Promise<unknown>): Promise<UpstreamError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UpstreamError);
    return error as UpstreamError;
  }
  throw new Error("expected the call to fail");
}

const quiet = { warn: () => {} };

describe("NGSI-LD client error mapping", () => {
  it("400 with ProblemDetails → http 400 with type, title and detail, not retryable", async () => {
    const url = await brokerOver(createFixtureCity());
    const error = await failureOf(createNgsiLdSource({ baseUrl: url, pageSize: 5_000, ...quiet }).parking());
    expect(error).toMatchObject({
      kind: "http",
      status: 400,
      type: "https://uri.etsi.org/ngsi-ld/errors/BadRequestData",
      title: "Bad request data",
      detail: "limit must not exceed 1000",
    });
    expect(error.isRetryable()).toBe(false);
  });

  it("404 → http 404 ResourceNotFound", async () => {
    const url = await brokerOver(createFixtureCity());
    const error = await failureOf(
      createNgsiLdSource({ baseUrl: `${url}/not-the-broker`, ...quiet }).airQuality(),
    );
    expect(error).toMatchObject({
      kind: "http",
      status: 404,
      type: "https://uri.etsi.org/ngsi-ld/errors/ResourceNotFound",
    });
  });

  it("500 → http 500 InternalError, retryable", async () => {
    const broken: CityBrainSource = {
      ...createFixtureCity(),
      airQuality: async () => {
        throw new Error("station feed down");
      },
    };
    const url = await brokerOver(broken);
    const error = await failureOf(createNgsiLdSource({ baseUrl: url, ...quiet }).airQuality());
    expect(error).toMatchObject({
      kind: "http",
      status: 500,
      type: "https://uri.etsi.org/ngsi-ld/errors/InternalError",
    });
    expect(error.detail).toContain("station feed down");
    expect(error.isRetryable()).toBe(true);
  });

  it("an error status without a ProblemDetails body is still http", async () => {
    const url = await rawServer((_req, res) =>
      res.writeHead(503, { "Content-Type": "text/html" }).end("<h1>busy"),
    );
    const error = await failureOf(createNgsiLdSource({ baseUrl: url, ...quiet }).crowdFlow());
    expect(error).toMatchObject({ kind: "http", status: 503, type: undefined });
  });

  it.each([
    { name: "garbled JSON", body: '[{"id": "urn:ngsi-ld:AirQualityObserved:x", "type": ' },
    { name: "an object instead of a list", body: '{"id": "urn:x"}' },
    { name: "HTML", body: "<html>gateway</html>" },
  ])("$name → malformed", async ({ body }) => {
    const url = await rawServer((_req, res) =>
      res.writeHead(200, { "Content-Type": "application/json" }).end(body),
    );
    expect((await failureOf(createNgsiLdSource({ baseUrl: url, ...quiet }).airQuality())).kind).toBe(
      "malformed",
    );
  });

  it("entities none of which fit → malformed; some that do not fit are dropped", async () => {
    let answer = '[{"id": "urn:ngsi-ld:AirQualityObserved:x", "type": "AirQualityObserved"}, 7]';
    const url = await rawServer((_req, res) =>
      res.writeHead(200, { "Content-Type": "application/json" }).end(answer),
    );
    expect((await failureOf(createNgsiLdSource({ baseUrl: url, ...quiet }).airQuality())).kind).toBe(
      "malformed",
    );
    answer =
      '[{"id": "urn:ngsi-ld:PointOfInterest:x", "type": "PointOfInterest", "category": {"type": "Property", "value": ["hospital"]}, "name": {"type": "Property", "value": "医院"}, "location": {"type": "GeoProperty", "value": {"type": "Point", "coordinates": [120.1, 30.2]}}}, {"id": 3}]';
    const warnings: string[] = [];
    const hospitals = await createNgsiLdSource({ baseUrl: url, warn: (m) => warnings.push(m) }).hospitals();
    expect(hospitals).toEqual([
      {
        id: "urn:ngsi-ld:PointOfInterest:x",
        name: { zh: "医院", en: "医院" },
        level: null,
        location: { lat: 30.2, lng: 120.1 },
        address: null,
        departments: [],
        // A broker that does not say whether the position is estimated: taken as sourced.
        estimated: { location: false },
      },
    ]);
    expect(warnings).toEqual([expect.stringMatching(/dropped 1 of 2/)]);
  });

  it("connection refused → network, retryable", async () => {
    const url = await rawServer(() => {});
    await closers.pop()!();
    const error = await failureOf(createNgsiLdSource({ baseUrl: url, ...quiet }).hospitals());
    expect(error.kind).toBe("network");
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(error.isRetryable()).toBe(true);
  });

  it("a hanging server → timeout through withResilience, and the request is aborted", async () => {
    let received = 0;
    let aborted = 0;
    const url = await rawServer((req) => {
      received++;
      req.socket.on("close", () => aborted++);
    });
    const source = withResilience(createNgsiLdSource({ baseUrl: url, ...quiet }), {
      timeoutMs: 150,
      retries: 1,
      backoffBaseMs: 10,
      ...quiet,
    });
    const started = performance.now();
    const error = await failureOf(source.parking());
    expect(error.kind).toBe("timeout");
    expect(performance.now() - started).toBeLessThan(2 * 150 + 10 + 150);
    expect(received).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(aborted).toBe(2);
  });

  it("a broker that never stops paging is given up on", async () => {
    let next = 0;
    const url = await rawServer((_req, res) => {
      const page = [next++, next++].map((n) => ({
        id: `urn:ngsi-ld:PointOfInterest:p${n}`,
        type: "PointOfInterest",
      }));
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(page));
    });
    const client = createNgsiLdSource({ baseUrl: url, pageSize: 2, maxPages: 5, ...quiet });
    const error = await failureOf(client.pointsOfInterest());
    expect(error.kind).toBe("malformed");
    expect(error.message).toMatch(/did not end after 5 pages/);
  });

  it("a broker that ignores offset is given up on", async () => {
    const url = await rawServer((_req, res) => {
      const page = [1, 2].map((n) => ({ id: `urn:ngsi-ld:PointOfInterest:p${n}`, type: "PointOfInterest" }));
      res
        .writeHead(200, { "Content-Type": "application/json", "NGSILD-Results-Count": "10" })
        .end(JSON.stringify(page));
    });
    const error = await failureOf(
      createNgsiLdSource({ baseUrl: url, pageSize: 2, ...quiet }).pointsOfInterest(),
    );
    expect(error.message).toMatch(/repeats earlier entities/);
  });

  it("206 Partial Content (truncated temporal instances) is not served as history", async () => {
    const url = await rawServer((_req, res) =>
      res.writeHead(206, { "Content-Type": "application/json" }).end("[]"),
    );
    const range = { from: new Date("2026-05-01T00:00:00Z"), to: new Date("2026-05-01T01:00:00Z") };
    const error = await failureOf(createNgsiLdSource({ baseUrl: url, ...quiet }).history("air", range));
    expect(error).toMatchObject({ kind: "malformed", status: 206 });
  });
});
