import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { CsvInputError, csvText, detectFormat, parseUciCsv, relativeHumidity } from "./uci-csv";

const FIVE_CITIES = [
  "No,year,month,day,hour,season,PM_Dongsi,PM_US Post,DEWP,HUMI,PRES,TEMP,cbwd,Iws,precipitation,Iprec",
  "1,2015,1,1,0,4,NA,129,-16,38,1020,-4,SE,1.79,0,0",
  "2,2015,1,1,1,4,NA,148,-15,42,1020,-4,SE,2.68,0,0",
  "3,2015,1,1,2,4,NA,NA,-9999,-9999,1021,-5,cv,0.89,0.4,0.4",
  "4,2015,1,1,3,4,NA,-9999,-15,40,1021,-5,NW,4.02,NA,NA",
].join("\r\n");

const MULTISITE = [
  '"No","year","month","day","hour","PM2.5","PM10","SO2","NO2","CO","O3","TEMP","PRES","DEWP","RAIN","wd","WSPM","station"',
  '1,2013,3,1,0,4,4,4,7,300,77,-0.7,1023,-18.8,0,"NNW",4.4,"Aotizhongxin"',
  '2,2013,3,1,1,8,8,NA,7,NA,77,-1.1,1023.2,-18.2,0,"N",4.7,"Aotizhongxin"',
].join("\r\n");

describe("parseUciCsv", () => {
  it("reads the five-cities format: China time, NA and −9999 missing, hourly wind from the cumulated speed", () => {
    const { format, history } = parseUciCsv(FIVE_CITIES, "PM_US Post");
    expect(format).toBe("five-cities");
    expect(history.startMs).toBe(Date.UTC(2014, 11, 31, 16));
    expect(history.hours).toBe(4);
    expect(Array.from(history.pollutants.pm25)).toEqual([129, 148, Number.NaN, Number.NaN]);
    expect(Number.isNaN(history.pollutants.pm10[0] as number)).toBe(true);
    expect(Array.from(history.weather.windSpeed ?? [])).toEqual(
      [1.79, 2.68 - 1.79, 0.89, 4.02].map((v) => expect.closeTo(v, 6)),
    );
    expect(Array.from(history.weather.windDirection ?? [])).toEqual([135, 135, Number.NaN, 315]);
    expect(Number.isNaN(history.weather.relativeHumidity?.[2] as number)).toBe(true);
    expect(history.weather.precipitation?.[2]).toBe(0.4);
  });

  it("reads the multi-site format: quoted names, the other pollutants, CO in mg/m³, humidity from dew point", () => {
    const { format, history } = parseUciCsv(MULTISITE, "PM2.5");
    expect(format).toBe("beijing-multisite");
    expect(Array.from(history.pollutants.pm25)).toEqual([4, 8]);
    expect(history.pollutants.co[0]).toBeCloseTo(0.3);
    expect(Number.isNaN(history.pollutants.so2[1] as number)).toBe(true);
    expect(history.weather.windDirection?.[0]).toBe(337.5);
    expect(history.weather.relativeHumidity?.[0]).toBeCloseTo(relativeHumidity(-0.7, -18.8));
    expect(relativeHumidity(10, 10)).toBeCloseTo(100);
  });

  it("refuses an unknown column or format", () => {
    expect(() => parseUciCsv(MULTISITE, "PM_US Post")).toThrow(CsvInputError);
    expect(() => parseUciCsv("a,b\n1,2", "a")).toThrow(/neither/);
    expect(detectFormat(["wd", "WSPM"])).toBe("beijing-multisite");
  });

  it("gunzips by content", () => {
    expect(csvText(gzipSync(Buffer.from(MULTISITE)))).toBe(MULTISITE);
    expect(csvText(Buffer.from(MULTISITE))).toBe(MULTISITE);
  });
});
