import { describe, expect, it } from "vitest";
import { PRODUCTION_ENV_SOURCE } from "@/lib/testing/production-env";
import {
  EnvError,
  parseEnv,
  SANDBOX_CLINIC_DATA_SECRET,
  SANDBOX_GATE_SECRET,
  SANDBOX_HIS_SECRET,
  SANDBOX_OPERATOR_SECRET,
} from "./env";

const SECRET = "x".repeat(32);
const PRODUCTION_OK = PRODUCTION_ENV_SOURCE;

const accepted: { name: string; source: Record<string, string>; expect: Record<string, unknown> }[] = [
  {
    name: "empty: sandbox defaults",
    source: {},
    expect: {
      APP_ENV: "sandbox",
      SMS_MODE: "sandbox",
      TRUST_PROXY: 0,
      GATE_SHARED_SECRET: SANDBOX_GATE_SECRET,
      OPERATOR_SHARED_SECRET: SANDBOX_OPERATOR_SECRET,
    },
  },
  {
    name: "http SMS with URL and token",
    source: { SMS_MODE: "http", SMS_HTTP_URL: "http://127.0.0.1:9/sms", SMS_HTTP_TOKEN: "t" },
    expect: { SMS_MODE: "http", SMS_HTTP_URL: "http://127.0.0.1:9/sms" },
  },
  {
    name: "complete production",
    source: PRODUCTION_OK,
    expect: { APP_ENV: "production", AUTH_SECRET: SECRET },
  },
  { name: "TRUST_PROXY is coerced", source: { TRUST_PROXY: "2" }, expect: { TRUST_PROXY: 2 } },
  { name: "tiles: AMap by default", source: {}, expect: { TILE_PROVIDER: "amap" } },
  { name: "tiles: OpenStreetMap", source: { TILE_PROVIDER: "osm" }, expect: { TILE_PROVIDER: "osm" } },
  {
    name: "tiles: a TILE_URL alone means a custom server, as before providers could be chosen",
    source: {
      TILE_URL: "https://tiles.example.com/{z}/{x}/{y}.png",
      TILE_CRS: "wgs84",
      TILE_ATTRIBUTION: "© X",
    },
    expect: { TILE_PROVIDER: "custom", TILE_SUBDOMAINS: ["a", "b", "c"], TILE_MAX_ZOOM: 18 },
  },
  {
    name: "tiles: blank tiles from this server",
    source: { TILE_PROVIDER: "custom", TILE_URL: "/tiles/{z}/{x}/{y}.png", TILE_CRS: "wgs84" },
    expect: { TILE_PROVIDER: "custom", TILE_URL: "/tiles/{z}/{x}/{y}.png" },
  },
  {
    name: "postgresql:// URL",
    source: { DATABASE_URL: "postgresql://u@h/db" },
    expect: { DATABASE_URL: "postgresql://u@h/db" },
  },
];

const refused: { name: string; source: Record<string, string>; message: string }[] = [
  {
    name: "http SMS without URL",
    source: { SMS_MODE: "http", SMS_HTTP_TOKEN: "t" },
    message: "SMS_MODE=http needs",
  },
  {
    name: "http SMS without token",
    source: { SMS_MODE: "http", SMS_HTTP_URL: "https://sms.example.invalid" },
    message: "SMS_MODE=http needs",
  },
  {
    name: "production with sandbox SMS",
    source: { ...PRODUCTION_OK, SMS_MODE: "sandbox" },
    message: "cannot use SMS_MODE=sandbox",
  },
  {
    name: "production without AUTH_SECRET",
    source: { ...PRODUCTION_OK, AUTH_SECRET: "" },
    message: "AUTH_SECRET",
  },
  { name: "short AUTH_SECRET", source: { AUTH_SECRET: "short" }, message: "at least 32 characters" },
  {
    name: "production without VAPID keys",
    source: { ...PRODUCTION_OK, VAPID_PRIVATE_KEY: "" },
    message: "VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY",
  },
  {
    name: "production with the sandbox gate secret",
    source: { ...PRODUCTION_OK, GATE_SHARED_SECRET: SANDBOX_GATE_SECRET },
    message: "GATE_SHARED_SECRET: a real secret",
  },
  {
    name: "production without a gate secret",
    source: { ...PRODUCTION_OK, GATE_SHARED_SECRET: "" },
    message: "GATE_SHARED_SECRET",
  },
  {
    name: "production with a short payments callback secret",
    source: { ...PRODUCTION_OK, PAYMENTS_CALLBACK_SECRET: "short" },
    message: "PAYMENTS_CALLBACK_SECRET",
  },
  {
    name: "production with the sandbox payment provider",
    source: { ...PRODUCTION_OK, PAYMENTS_MODE: "sandbox" },
    message: "cannot use PAYMENTS_MODE=sandbox",
  },
  {
    name: "production with the sandbox payment provider secret",
    source: { ...PRODUCTION_OK, PAYMENTS_PROVIDER_SECRET: "" },
    message: "PAYMENTS_PROVIDER_SECRET: a real secret",
  },
  {
    name: "http payments without a gateway URL",
    source: { PAYMENTS_MODE: "http" },
    message: "PAYMENTS_MODE=http needs PAYMENTS_PROVIDER_URL",
  },
  {
    name: "production with the sandbox operator secret",
    source: { ...PRODUCTION_OK, OPERATOR_SHARED_SECRET: SANDBOX_OPERATOR_SECRET },
    message: "OPERATOR_SHARED_SECRET: a real secret",
  },
  {
    name: "production without an operator secret",
    source: { ...PRODUCTION_OK, OPERATOR_SHARED_SECRET: "" },
    message: "OPERATOR_SHARED_SECRET",
  },
  {
    name: "production with the sandbox hospital secret",
    source: { ...PRODUCTION_OK, HIS_SHARED_SECRET: SANDBOX_HIS_SECRET },
    message: "HIS_SHARED_SECRET: a real secret",
  },
  {
    name: "production with the sandbox clinic data secret",
    source: { ...PRODUCTION_OK, CLINIC_DATA_SECRET: SANDBOX_CLINIC_DATA_SECRET },
    message: "CLINIC_DATA_SECRET: a real secret",
  },
  {
    name: "a hospital's own secret shorter than 32 characters",
    source: { HIS_SECRETS: "hz-first:short" },
    message: "HIS_SECRETS must be hospitalId:secret pairs",
  },
  {
    name: "credit tiers that do not rise",
    source: { CLINIC_CREDIT_POLICY: "600:100000,550:50000" },
    message: "credit policy, tier 2",
  },
  {
    name: "production with the sandbox vehicle-licence check",
    source: { ...PRODUCTION_OK, VEHICLE_LICENCE_MODE: "sandbox" },
    message: "cannot use VEHICLE_LICENCE_MODE=sandbox",
  },
  {
    name: "http vehicle-licence check without a token",
    source: { VEHICLE_LICENCE_MODE: "http", VEHICLE_LICENCE_URL: "https://licence.example.invalid" },
    message: "VEHICLE_LICENCE_MODE=http needs",
  },
  { name: "unknown tile provider", source: { TILE_PROVIDER: "google" }, message: "TILE_PROVIDER" },
  {
    name: "a custom tile setting with a built-in provider",
    source: {
      TILE_PROVIDER: "amap",
      TILE_URL: "https://tiles.example.com/{z}/{x}/{y}.png",
      TILE_ATTRIBUTION: "© X",
    },
    message:
      "TILE_URL, TILE_ATTRIBUTION describe a custom tile server and are not read with TILE_PROVIDER=amap",
  },
  {
    name: "TILE_CRS with OpenStreetMap",
    source: { TILE_PROVIDER: "osm", TILE_CRS: "gcj02" },
    message: "TILE_CRS describes a custom tile server and is not read with TILE_PROVIDER=osm",
  },
  { name: "custom tiles without a template", source: { TILE_PROVIDER: "custom" }, message: "needs TILE_URL" },
  {
    name: "custom tiles without their coordinate system",
    source: { TILE_URL: "/tiles/{z}/{x}/{y}.png" },
    message: "needs TILE_CRS",
  },
  {
    name: "custom tiles from another site without a credit",
    source: { TILE_URL: "https://tiles.example.com/{z}/{x}/{y}.png", TILE_CRS: "wgs84" },
    message: "needs TILE_ATTRIBUTION",
  },
  {
    name: "a plain-http tile template",
    source: {
      TILE_URL: "http://tiles.example.com/{z}/{x}/{y}.png",
      TILE_CRS: "wgs84",
      TILE_ATTRIBUTION: "© X",
    },
    message: "https://",
  },
  {
    name: "a tile template without {y}",
    source: { TILE_URL: "/tiles/{z}/{x}.png", TILE_CRS: "wgs84" },
    message: "{x}, {y} and {z}",
  },
  {
    name: "tile subdomains that are not host names",
    source: { TILE_URL: "/tiles/{z}/{x}/{y}.png", TILE_CRS: "wgs84", TILE_SUBDOMAINS: "a b" },
    message: "TILE_SUBDOMAINS",
  },
  { name: "unknown SMS mode", source: { SMS_MODE: "carrier-pigeon" }, message: "SMS_MODE" },
  { name: "mysql URL", source: { DATABASE_URL: "mysql://h/db" }, message: "must start with postgres://" },
  { name: "TRUST_PROXY too high", source: { TRUST_PROXY: "9" }, message: "TRUST_PROXY" },
  { name: "SMS URL not a URL", source: { SMS_HTTP_URL: "not a url" }, message: "SMS_HTTP_URL" },
];

describe("parseEnv", () => {
  it.each(accepted)("accepts $name", ({ source, expect: expected }) => {
    expect(parseEnv(source)).toMatchObject(expected);
  });

  it.each(refused)("refuses $name", ({ source, message }) => {
    const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
    expect(() => parseEnv(cleaned)).toThrow(EnvError);
    expect(() => parseEnv(cleaned)).toThrow(message);
    expect(() => parseEnv(cleaned)).toThrow(/the server will not start/);
  });
});
