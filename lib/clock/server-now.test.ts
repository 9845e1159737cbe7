import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { clockOffsetMs, serverNow, setClockOffsetMs } from "./server-now";

// Code that must read the real clock, and why: signatures are judged by the senders' clocks, waits and retry
// intervals are measured in real time, and the upstream's fault log records when a fault really happened.
const REAL_CLOCK_ALLOWED = new Set([
  "lib/clock/server-now.ts",
  "lib/http/signed-body.ts",
  "lib/http/machine-signature.ts",
  "lib/parking/operator-resolution.ts",
  "lib/payments/payment-callback.ts",
  "lib/payments/checkout-return.ts",
  // altcha-lib checks a challenge's expiry against the real clock.
  "lib/auth/proof-of-work.ts",
  "lib/reservations/await-reservation.ts",
  "lib/payments/start-payment-jobs.ts",
  "lib/citybrain/resilience.ts",
  // Rendered public answers expire after their max-age in real seconds, as the browsers holding them count.
  "lib/http/public-answer.ts",
  // A page's public answer is stamped with the real time, as the device's clock it is compared with runs.
  "lib/http/server-answer.ts",
  // Requests to the payment gateways are stamped, and their notifications judged, by the gateways' real clocks.
  "lib/payments/providers/alipay.ts",
  "lib/payments/providers/alipay-gateway.ts",
  "lib/payments/providers/wechat-pay-gateway.ts",
  "lib/payments/providers/wechat-pay-notification.ts",
  // Also the form's check in the browser, on the device's clock: a birth date is judged by the day, not the hour.
  "lib/clinic/resident-id.ts",
]);
// Browser code and test helpers run on the device's or the test's clock.
const NOT_SERVER = ["lib/client/", "lib/testing/"];

function serverSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverSources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

describe("serverNow", () => {
  afterEach(() => setClockOffsetMs(0));

  it("is the machine's clock plus the sandbox offset", () => {
    expect(clockOffsetMs()).toBe(0);
    expect(Math.abs(serverNow().getTime() - Date.now())).toBeLessThan(50);
    setClockOffsetMs(48 * 3_600_000);
    expect(serverNow().getTime() - Date.now()).toBeGreaterThan(48 * 3_600_000 - 50);
  });

  it("is the only 'now' server code reads (so the sandbox clock moves every rule)", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const offenders = [...serverSources(path.join(root, "lib")), ...serverSources(path.join(root, "app/api"))]
      .map((file) => path.relative(root, file))
      .filter(
        (file) => !REAL_CLOCK_ALLOWED.has(file) && !NOT_SERVER.some((prefix) => file.startsWith(prefix)),
      )
      .filter((file) => /new Date\(\)|Date\.now\(\)/.test(readFileSync(path.join(root, file), "utf8")));
    expect(offenders).toEqual([]);
  });
});
