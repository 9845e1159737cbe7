import { describe, expect, it } from "vitest";
import { AQI_STANDARD } from "./aqi-standard";
import { epaBand, epaPm25Aqi } from "./epa-aqi";

const SEGMENTS = AQI_STANDARD.us_epa_2024.pm25_24h.segments;

describe("US EPA PM2.5 AQI (2024)", () => {
  it.each(
    SEGMENTS.flatMap((s) => [[s.c_lo, s.i_lo, s.category] as const, [s.c_hi, s.i_hi, s.category] as const]),
  )("%d µg/m³ gives %i (%s)", (concentration, aqi, category) => {
    expect(epaPm25Aqi(concentration).iaqi).toBe(aqi);
    expect(epaBand(aqi).category.en).toBe(category);
  });

  it("truncates the concentration to 0.1 µg/m³ first", () => {
    expect(epaPm25Aqi(35.49)).toEqual({ concentration: 35.4, iaqi: 100 });
    expect(epaPm25Aqi(9.09)).toEqual({ concentration: 9, iaqi: 50 });
  });

  it("rounds the index to the nearest integer, not up", () => {
    expect(epaPm25Aqi(12).iaqi).toBe(56); // 51 + 49 · 2.9 / 26.3 = 56.40…
    expect(epaPm25Aqi(80).iaqi).toBe(168); // 168.17…
    expect(epaPm25Aqi(35).iaqi).toBe(99); // 99.25…; the Chinese scale gives 35 µg/m³ IAQI 50
  });

  it("goes on above 500 along the Hazardous segment", () => {
    expect(epaPm25Aqi(325.4).iaqi).toBe(500);
    expect(epaPm25Aqi(325.5).iaqi).toBe(500); // 500.19…
    expect(epaPm25Aqi(500.4).iaqi).toBe(849);
    expect(epaBand(849)).toMatchObject({ level: 6, category: { en: "Hazardous" } });
  });

  it("uses the EPA's colours (its purple is not China's) and its PM cautionary statements", () => {
    expect(epaBand(250)).toMatchObject({
      level: 5,
      category: { zh: "非常不健康", en: "Very Unhealthy" },
      colour: { hex: "#8F3F97", rgb: [143, 63, 151], name: null },
      healthEffect: null,
      advice: { zh: null, en: expect.stringContaining("avoid all physical activity outdoors") },
    });
    expect(epaBand(0)).toMatchObject({ level: 1, colour: { hex: "#00E400" } });
    expect(epaBand(51).level).toBe(2);
    expect(epaBand(101).level).toBe(3);
    expect(epaBand(200).level).toBe(4);
    expect(epaBand(301).level).toBe(6);
  });
});
