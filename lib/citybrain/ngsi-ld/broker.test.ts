import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureCity } from "@/lib/testing/fixture-city";
import { listen } from "./broker";
import { CORE_CONTEXT, type NgsiEntity, SMART_DATA_MODELS_CONTEXT } from "./normalized";

let broker: { url: string; close(): Promise<void> };
beforeAll(async () => {
  broker = await listen(createFixtureCity(), 0, "127.0.0.1", { log: () => {} });
});
afterAll(() => broker.close());

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${broker.url}${path}`, { headers });
const entitiesOf = async (path: string) => (await (await get(path)).json()) as NgsiEntity[];
const TEMPORAL = "/ngsi-ld/v1/temporal/entities?type=AirQualityObserved&timerel=between";
const WINDOW = "timeAt=2026-05-01T00:00:00Z&endTimeAt=2026-05-01T03:00:00Z";

describe("NGSI-LD broker: what it serves", () => {
  it("answers JSON with the context in a Link header and the count when asked", async () => {
    const response = await get("/ngsi-ld/v1/entities?type=OffStreetParking&count=true&limit=2", {
      Accept: "application/json",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("ngsild-results-count")).toBe("3");
    expect(response.headers.get("link")).toMatch(/rel="http:\/\/www.w3.org\/ns\/json-ld#context"/);
    expect(await response.json()).toHaveLength(2);
  });

  it("echoes the request's context and puts it in the body for application/ld+json", async () => {
    const response = await get("/ngsi-ld/v1/entities?type=CrowdFlowObserved", {
      Accept: "application/ld+json",
      Link: '<https://example.org/ctx.jsonld>; rel="http://www.w3.org/ns/json-ld#context"',
    });
    expect(response.headers.get("content-type")).toBe("application/ld+json");
    const [first] = (await response.json()) as NgsiEntity[];
    expect(first!["@context"]).toEqual(["https://example.org/ctx.jsonld", CORE_CONTEXT]);
  });

  it("filters with q, id and near", async () => {
    const busy = await entitiesOf(
      "/ngsi-ld/v1/entities?type=OffStreetParking,OnStreetParking&q=totalSpotNumber>=200",
    );
    expect(busy.map((e) => e.id)).toEqual([
      "urn:ngsi-ld:OffStreetParking:hangzhou:hubin-intime",
      "urn:ngsi-ld:OffStreetParking:hangzhou:yanan-road",
    ]);
    const byId = await entitiesOf("/ngsi-ld/v1/entities?id=urn:ngsi-ld:PointOfInterest:hangzhou:zju-first");
    expect(byId.map((e) => e.type)).toEqual(["PointOfInterest"]);
    const nearLingyin = await entitiesOf(
      `/ngsi-ld/v1/entities?type=PointOfInterest&georel=near;maxDistance==300&geometry=Point&coordinates=${encodeURIComponent("[120.0986,30.2408]")}`,
    );
    expect(nearLingyin.map((e) => e.id)).toEqual(["urn:ngsi-ld:PointOfInterest:hangzhou:lingyin-temple"]);
  });

  it("serves key-values (options=keyValues or simplified, format=simplified): bare values, same entities", async () => {
    const path = "/ngsi-ld/v1/entities?type=OffStreetParking,CrowdFlowObserved";
    const normalized = await entitiesOf(path);
    const keyValues = await entitiesOf(`${path}&options=keyValues`);
    expect(keyValues.map((e) => e.id)).toEqual(normalized.map((e) => e.id));
    const [lot] = keyValues;
    expect(lot).toMatchObject({
      id: "urn:ngsi-ld:OffStreetParking:hangzhou:hubin-intime",
      type: "OffStreetParking",
      name: "湖滨银泰停车场",
      location: { type: "Point", coordinates: [120.1648, 30.2581] },
      totalSpotNumber: 414,
      category: ["underground", "forElectricalCharging"],
      reservationType: ["optional"],
    });
    const crowd = keyValues.find((e) => e.type === "CrowdFlowObserved")!;
    expect(crowd.refPointOfInterest).toMatch(/^urn:ngsi-ld:PointOfInterest:/);
    expect(await entitiesOf(`${path}&options=simplified`)).toEqual(keyValues);
    expect(await entitiesOf(`${path}&format=simplified&options=normalized`)).toEqual(keyValues);
    expect(await entitiesOf(`${path}&options=normalized`)).toEqual(normalized);
  });

  it("puts the context in key-values entities too for application/ld+json", async () => {
    const response = await get("/ngsi-ld/v1/entities?type=AirQualityObserved&options=keyValues", {
      Accept: "application/ld+json",
    });
    const [station] = (await response.json()) as NgsiEntity[];
    expect(station!["@context"]).toEqual([SMART_DATA_MODELS_CONTEXT, CORE_CONTEXT]);
    expect(typeof station!.pm25).toBe("number");
  });

  it("returns an empty list for a type it does not hold", async () => {
    expect(await entitiesOf("/ngsi-ld/v1/entities?type=WeatherObserved")).toEqual([]);
  });

  it("serves temporal evolution between two instants, endTimeAt excluded", async () => {
    const temporal = await entitiesOf(`${TEMPORAL}&${WINDOW}`);
    expect(temporal).toHaveLength(2);
    const instants = (temporal[0]!.pm25 as { observedAt: string }[]).map((i) => i.observedAt);
    expect(instants).toEqual([
      "2026-05-01T00:00:00.000Z",
      "2026-05-01T01:00:00.000Z",
      "2026-05-01T02:00:00.000Z",
    ]);
  });
});

describe("NGSI-LD broker: what it refuses", () => {
  const cases: {
    name: string;
    path: string;
    status: number;
    type: string;
    method?: string;
    accept?: string;
  }[] = [
    { name: "no type, id, q or geo", path: "/ngsi-ld/v1/entities", status: 400, type: "BadRequestData" },
    {
      name: "limit not a number",
      path: "/ngsi-ld/v1/entities?type=X&limit=ten",
      status: 400,
      type: "BadRequestData",
    },
    {
      name: "limit too large",
      path: "/ngsi-ld/v1/entities?type=X&limit=5000",
      status: 400,
      type: "BadRequestData",
    },
    {
      name: "count not boolean",
      path: "/ngsi-ld/v1/entities?type=X&count=yes",
      status: 400,
      type: "BadRequestData",
    },
    {
      name: "unknown parameter",
      path: "/ngsi-ld/v1/entities?type=X&colour=red",
      status: 400,
      type: "BadRequestData",
    },
    { name: "bad type name", path: "/ngsi-ld/v1/entities?type=1x", status: 400, type: "BadRequestData" },
    { name: "id not a URI", path: "/ngsi-ld/v1/entities?id=lot-1", status: 400, type: "BadRequestData" },
    { name: "broken q", path: "/ngsi-ld/v1/entities?type=X&q=a%3D1", status: 400, type: "BadRequestData" },
    {
      name: "geo without coordinates",
      path: "/ngsi-ld/v1/entities?type=X&georel=near;maxDistance==5&geometry=Point",
      status: 400,
      type: "BadRequestData",
    },
    {
      name: "coordinates lat first out of range",
      path: "/ngsi-ld/v1/entities?type=X&georel=near;maxDistance==5&geometry=Point&coordinates=[30.2,200]",
      status: 400,
      type: "BadRequestData",
    },
    {
      name: "temporal without timerel",
      path: "/ngsi-ld/v1/temporal/entities?type=AirQualityObserved",
      status: 400,
      type: "BadRequestData",
    },
    {
      name: "temporal end before start",
      path: `${TEMPORAL}&timeAt=2026-05-02T00:00:00Z&endTimeAt=2026-05-01T00:00:00Z`,
      status: 400,
      type: "BadRequestData",
    },
    {
      name: "temporal bad instant",
      path: `${TEMPORAL}&timeAt=yesterday&endTimeAt=2026-05-01T00:00:00Z`,
      status: 400,
      type: "BadRequestData",
    },
    {
      name: "georel within",
      path: "/ngsi-ld/v1/entities?type=X&georel=within&geometry=Polygon&coordinates=[]",
      status: 422,
      type: "OperationNotSupported",
    },
    {
      name: "geometry Polygon",
      path: "/ngsi-ld/v1/entities?type=X&georel=near;maxDistance==5&geometry=Polygon&coordinates=[1,2]",
      status: 422,
      type: "OperationNotSupported",
    },
    {
      name: "options=concise",
      path: "/ngsi-ld/v1/entities?type=X&options=concise",
      status: 422,
      type: "OperationNotSupported",
    },
    {
      name: "format=concise",
      path: "/ngsi-ld/v1/entities?type=X&format=concise",
      status: 422,
      type: "OperationNotSupported",
    },
    {
      name: "options both normalized and keyValues",
      path: "/ngsi-ld/v1/entities?type=X&options=normalized,keyValues",
      status: 400,
      type: "BadRequestData",
    },
    {
      name: "unknown option",
      path: "/ngsi-ld/v1/entities?type=X&options=terse",
      status: 400,
      type: "BadRequestData",
    },
    {
      name: "temporal keyValues",
      path: `${TEMPORAL}&${WINDOW}&options=keyValues`,
      status: 422,
      type: "OperationNotSupported",
    },
    {
      name: "attrs",
      path: "/ngsi-ld/v1/entities?type=X&attrs=name",
      status: 422,
      type: "OperationNotSupported",
    },
    {
      name: "q with OR",
      path: "/ngsi-ld/v1/entities?type=X&q=a==1|b==2",
      status: 422,
      type: "OperationNotSupported",
    },
    {
      name: "type expression",
      path: "/ngsi-ld/v1/entities?type=(A;B)",
      status: 422,
      type: "OperationNotSupported",
    },
    {
      name: "timerel before",
      path: "/ngsi-ld/v1/temporal/entities?type=X&timerel=before&timeAt=2026-05-01T00:00:00Z",
      status: 422,
      type: "OperationNotSupported",
    },
    { name: "lastN", path: `${TEMPORAL}&${WINDOW}&lastN=5`, status: 422, type: "OperationNotSupported" },
    {
      name: "POST",
      path: "/ngsi-ld/v1/entities",
      method: "POST",
      status: 422,
      type: "OperationNotSupported",
    },
    { name: "subscriptions", path: "/ngsi-ld/v1/subscriptions", status: 501, type: "OperationNotSupported" },
    {
      name: "retrieve by id",
      path: "/ngsi-ld/v1/entities/urn:ngsi-ld:X:1",
      status: 501,
      type: "OperationNotSupported",
    },
    { name: "unknown path", path: "/v2/entities", status: 404, type: "ResourceNotFound" },
    { name: "unknown resource", path: "/ngsi-ld/v1/parking", status: 404, type: "ResourceNotFound" },
    {
      name: "Accept text/html",
      path: "/ngsi-ld/v1/entities?type=X",
      accept: "text/html",
      status: 406,
      type: "NotAcceptable",
    },
  ];

  it.each(cases)("$name → $status $type", async ({ path, status, type, method, accept }) => {
    const response = await fetch(`${broker.url}${path}`, {
      method: method ?? "GET",
      headers: accept ? { Accept: accept } : {},
    });
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await response.json()) as { type: string; title: string; detail: string };
    expect(problem.type).toBe(`https://uri.etsi.org/ngsi-ld/errors/${type}`);
    expect(problem.title).toBeTruthy();
    expect(problem.detail).toBeTruthy();
  });
});
