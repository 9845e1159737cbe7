import { describe, expect, it } from "vitest";
import { distanceMeters } from "./distance";
import { gcj02ToWgs84, isOutsideChina, wgs84ToGcj02 } from "./gcj02";

// Reference pairs from the test tables of widely used open-source converters (eviltransform, coordtransform
// and others). Those implementations differ from each other by up to 1e-7 degrees (about a centimetre),
// so we ask for agreement within 5e-7 degrees (about 5 cm).
const REFERENCE: { name: string; wgs: [number, number]; gcj: [number, number] }[] = [
  { name: "Shanghai", wgs: [31.1774276, 121.5272106], gcj: [31.17530398364597, 121.531541859215] },
  { name: "Shenzhen", wgs: [22.543847, 113.912316], gcj: [22.540796131694766, 113.9171764808363] },
  { name: "Beijing", wgs: [39.911954, 116.377817], gcj: [39.91334545536069, 116.38404722455657] },
  { name: "Tiananmen", wgs: [39.915, 116.404], gcj: [39.91640428150164, 116.41024449916938] },
  { name: "Jiaxing", wgs: [30.6107779, 121.0917077], gcj: [30.608604331756705, 121.09626935575027] },
  { name: "40N 116E", wgs: [40.0, 116.0], gcj: [40.001213650174, 116.006141221789] },
];

describe("wgs84ToGcj02", () => {
  it.each(REFERENCE)("matches the reference value for $name", ({ wgs, gcj }) => {
    const out = wgs84ToGcj02({ lat: wgs[0], lng: wgs[1] });
    expect(out.lat).toBeCloseTo(gcj[0], 6);
    expect(out.lng).toBeCloseTo(gcj[1], 6);
  });

  it("shifts West Lake by a few hundred metres, as AMap users see", () => {
    const hubin = { lat: 30.259, lng: 120.165 };
    const shifted = wgs84ToGcj02(hubin);
    const metres = distanceMeters(hubin, shifted);
    expect(metres).toBeGreaterThan(300);
    expect(metres).toBeLessThan(700);
    expect(shifted.lng).toBeGreaterThan(hubin.lng);
  });

  it("leaves points outside China unchanged", () => {
    for (const point of [
      { lat: 51.5074, lng: -0.1278 },
      { lat: 35.6762, lng: 139.6503 },
      { lat: -33.8688, lng: 151.2093 },
    ]) {
      expect(isOutsideChina(point)).toBe(true);
      expect(wgs84ToGcj02(point)).toEqual(point);
    }
  });
});

describe("gcj02ToWgs84", () => {
  it.each(REFERENCE)("takes the reference GCJ-02 value for $name back to its WGS84 point", ({ wgs, gcj }) => {
    const out = gcj02ToWgs84({ lat: gcj[0], lng: gcj[1] });
    expect(out.lat).toBeCloseTo(wgs[0], 6);
    expect(out.lng).toBeCloseTo(wgs[1], 6);
  });

  it("undoes wgs84ToGcj02 to within a millimetre across Hangzhou", () => {
    for (let lat = 30.1; lat <= 30.4; lat += 0.05) {
      for (let lng = 119.9; lng <= 120.4; lng += 0.05) {
        const point = { lat, lng };
        expect(distanceMeters(point, gcj02ToWgs84(wgs84ToGcj02(point)))).toBeLessThan(0.001);
      }
    }
  });

  it("leaves points outside China unchanged", () => {
    const london = { lat: 51.5074, lng: -0.1278 };
    expect(gcj02ToWgs84(london)).toEqual(london);
  });
});
