import { expect, test } from "./fixtures";
import { SANDBOX_HEADERS } from "./sandbox-token";
import { needs } from "./target";

test.describe("City data feeds", { tag: ["@parking", "@air", "@tour"] }, () => {
  interface Lot {
    id: string;
    name: string;
    kind: string;
    zone: string;
    lat: number;
    lng: number;
    total: number;
    available: number;
    observedAt: string;
    distanceM: number;
    twoHourFeeFen: number;
  }

  test.describe("GET /api/parking/lots", () => {
    test("lots near Hubin, nearest first, within the radius, names in the caller's language", async ({
      request,
    }) => {
      const zh = await request.get("/api/parking/lots?lat=30.259&lng=120.165&radius=3000");
      expect(zh.status()).toBe(200);
      const body = (await zh.json()) as { asOf: string; stale: boolean; lots: Lot[] };
      expect(body.stale).toBe(false);
      expect(Number.isNaN(Date.parse(body.asOf))).toBe(false);
      expect(body.lots.length).toBeGreaterThan(3);
      for (const [i, lot] of body.lots.entries()) {
        expect(["offstreet", "onstreet"]).toContain(lot.kind);
        expect(["core", "level1", "level2", "westlake", "offstreet"]).toContain(lot.zone);
        expect(lot.distanceM).toBeLessThanOrEqual(3000);
        expect(lot.available).toBeGreaterThanOrEqual(0);
        expect(lot.available).toBeLessThanOrEqual(lot.total);
        expect(Number.isInteger(lot.twoHourFeeFen) && lot.twoHourFeeFen >= 0).toBe(true);
        if (i > 0) expect(lot.distanceM).toBeGreaterThanOrEqual(body.lots[i - 1]!.distanceM);
      }
      expect(body.lots[0]!.name).toMatch(/[\u4e00-\u9fff]/);

      const en = await request.get("/api/parking/lots?lat=30.259&lng=120.165&radius=3000", {
        headers: { "accept-language": "en" },
      });
      const english = (await en.json()) as { lots: Lot[] };
      expect(english.lots.map((l) => l.id)).toEqual(body.lots.map((l) => l.id));
      expect(english.lots[0]!.name).not.toBe(body.lots[0]!.name);
    });

    test("the default radius is 1500 m", async ({ request }) => {
      const body = (await (await request.get("/api/parking/lots?lat=30.259&lng=120.165")).json()) as {
        lots: Lot[];
      };
      for (const lot of body.lots) expect(lot.distanceM).toBeLessThanOrEqual(1500);
    });

    for (const [name, query] of [
      ["no coordinates", ""],
      ["latitude not a number", "?lat=abc&lng=120.1"],
      ["blank longitude", "?lat=30.2&lng="],
      ["radius over 10 km", "?lat=30.2&lng=120.1&radius=20000"],
      ["unknown parameter", "?lat=30.2&lng=120.1&foo=1"],
    ] as const) {
      test(`bad query: ${name} → 400 with a readable message`, async ({ request }) => {
        const response = await request.get(`/api/parking/lots${query}`, {
          headers: { "accept-language": "en" },
        });
        expect(response.status()).toBe(400);
        const body = await response.json();
        expect(body.error.code).toBe("validation_failed");
        expect(body.error.message).toMatch(/latitude|longitude|radius|Unrecognised/);
      });
    }
  });

  test("GET /api/air/stations: Hangzhou's 14 national stations with their latest hourly reading and its AQI", async ({
    request,
  }) => {
    const response = await request.get("/api/air/stations");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.stations).toHaveLength(14);
    for (const station of body.stations) {
      expect(station).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          name: expect.any(String),
          observedAt: expect.any(String),
        }),
      );
      for (const pollutant of ["pm25", "pm10", "so2", "no2", "co", "o3"]) {
        expect(pollutant in station).toBe(true);
      }
      // The real-time AQI of that hour, under the edition then in force; withheld only as HJ 633-2026 says.
      expect(station.aqi.standard).toBe(
        Date.parse(station.observedAt) >= Date.parse("2026-03-01T00:00:00+08:00")
          ? "HJ633-2026"
          : "HJ633-2012",
      );
      if (station.aqi.value !== null) {
        expect(station.aqi).toMatchObject({
          level: expect.any(Number),
          colour: expect.stringMatching(/^#[0-9A-F]{6}$/),
        });
        expect(station.aqi.category.zh.length).toBeGreaterThan(0);
      }
    }
    expect(
      body.stations.some((station: { aqi: { value: number | null } }) => station.aqi.value !== null),
    ).toBe(true);
    expect((await request.get("/api/air/stations?x=1")).status()).toBe(400);
  });

  test("GET /api/air/forecast: a station's last 72 hours and next 72 with the AQI of each hour, day and period", async ({
    request,
  }) => {
    const { stations } = await (await request.get("/api/air/stations")).json();
    const station = stations[0].id;
    const response = await request.get(`/api/air/forecast?station=${station}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toMatch(/public/);
    const body = await response.json();
    expect(body.place).toMatchObject({ kind: "station", id: station });
    expect(body.past.length).toBeGreaterThan(0);
    expect(body.past.at(-1).at).toBe(body.issuedAt);
    expect(body.hours).toHaveLength(72);
    expect(Date.parse(body.hours[0].at) - Date.parse(body.issuedAt)).toBe(3_600_000);
    expect(body.days).toHaveLength(3);
    expect(body.periods.map((p: { key: string }) => p.key)).toEqual([
      "tonight",
      "tomorrowMorning",
      "tomorrowAfternoon",
    ]);
    for (const method of Object.values(body.methods))
      expect(["model", "climatology", "none"]).toContain(method);
    // The same answer again costs nothing: its tag answers 304.
    const again = await request.get(`/api/air/forecast?station=${station}`, {
      headers: { "if-none-match": response.headers().etag ?? "" },
    });
    expect(again.status()).toBe(304);
  });

  test("GET /api/air/forecast at a place: the stations it is made of, with distances; nonsense is refused", async ({
    request,
  }) => {
    const response = await request.get("/api/air/forecast?lat=30.2459&lng=120.1497");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.place.kind).toBe("point");
    expect(body.place.stations.length).toBeGreaterThan(0);
    expect(body.place.stations[0]).toMatchObject({
      distanceM: expect.any(Number),
      name: { zh: expect.any(String) },
    });
    const en = { "accept-language": "en" };
    for (const [query, status, message] of [
      ["", 400, /either a station/],
      ["?station=1223A&lat=30&lng=120", 400, /either a station/],
      ["?lat=30.2", 400, /both lat and lng/],
      ["?station=NOPE1", 404, /no air monitoring station NOPE1/i],
      ["?lat=39.9&lng=116.4", 404, /within 15 km/],
    ] as const) {
      const refused = await request.get(`/api/air/forecast${query}`, { headers: en });
      expect(refused.status(), query).toBe(status);
      expect((await refused.json()).error.message, query).toMatch(message);
    }
  });

  test("GET /api/tour/pois: the sights with their estimates labelled", async ({ request }) => {
    const response = await request.get("/api/tour/pois", { headers: { "accept-language": "en" } });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.pois.length).toBe(61);
    const leifeng = body.pois.find((p: { id: string }) => p.id === "leifeng-pagoda");
    expect(leifeng).toMatchObject({ name: "Leifeng Pagoda", ticketFen: 4000 });
    expect(leifeng.estimated).toMatchObject({ location: false, visitMinutes: true });
  });

  test("sandbox fault knobs can be read and refuse nonsense", async ({ request }) => {
    await needs(request, "sandbox");
    const response = await request.get("/api/sandbox/faults", { headers: SANDBOX_HEADERS });
    expect(response.status()).toBe(200);
    expect((await response.json()).faults).toEqual({ errorRate: 0, latencyMs: 0, malformedRate: 0 });
    const bad = await request.put("/api/sandbox/faults", {
      headers: SANDBOX_HEADERS,
      data: { errorRate: 2, latencyMs: 0, malformedRate: 0 },
    });
    expect(bad.status()).toBe(400);
  });
});
