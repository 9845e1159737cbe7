import { describe, expect, it } from "vitest";
import { HisChargeBody, HisCloseBody } from "./his-schemas";
import { chargeSelfPayFen, SANDBOX_STEPS, visitSteps } from "./sandbox-hospital";

const closedAt = new Date("2026-12-07T10:30:00+08:00");
const options = { hospitalId: "hz-first", visitId: "v-123", patientToken: "AQAAAAHDEMO", closedAt };

describe("the sandbox hospital's visit", () => {
  const steps = visitSteps(options);

  it("goes registration → consultation → exam → medicine → close", () => {
    expect(steps.map((s) => s.step)).toEqual([...SANDBOX_STEPS]);
    expect(steps.map((s) => s.path)).toEqual([
      ...Array(4).fill("/api/clinic/his/charges"),
      "/api/clinic/his/visits/v-123/close",
    ]);
  });

  it("splits every item exactly: unitPriceFen × quantity = insuranceFen + selfPayFen, neither part negative", () => {
    for (const step of steps) {
      if (step.step === "close") continue;
      for (const item of step.body.items) {
        expect(item.unitPriceFen * item.quantity, `${step.step}: ${item.display}`).toBe(
          item.insuranceFen + item.selfPayFen,
        );
        expect(item.insuranceFen).toBeGreaterThanOrEqual(0);
        expect(item.selfPayFen).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it("bills a typical Hangzhou outpatient visit: a medicine bought by more than one, about 61 元 self-pay in all", () => {
    const charges = steps.flatMap((s) => (s.step === "close" ? [] : [s.body]));
    expect(charges.map(chargeSelfPayFen)).toEqual([100, 1_000, 3_500, 1_486]);
    const amoxicillin = charges[3]!.items.find((i) => i.display.startsWith("阿莫西林胶囊"));
    expect(amoxicillin?.quantity).toBeGreaterThan(1);
    expect(charges[1]!.items[0]).toMatchObject({ code: "110200001", display: "门诊诊查费（副主任医师）" });
  });

  it("parses every body with the hospital API's own schemas", () => {
    for (const step of steps) {
      const schema = step.step === "close" ? HisCloseBody : HisChargeBody;
      expect(schema.safeParse(step.body).success, step.step).toBe(true);
    }
  });

  it("carries the health-card token on the first charge only, and dates the charges before the close, in +08:00", () => {
    const charges = steps.flatMap((s) => (s.step === "close" ? [] : [s.body]));
    expect(charges.map((c) => c.patientToken)).toEqual(["AQAAAAHDEMO", undefined, undefined, undefined]);
    expect(charges.map((c) => c.occurredAt)).toEqual([
      "2026-12-07T08:55:00+08:00",
      "2026-12-07T09:10:00+08:00",
      "2026-12-07T09:30:00+08:00",
      "2026-12-07T10:15:00+08:00",
    ]);
  });

  it("is the same visit for the same visit id, with ids of its own", () => {
    expect(visitSteps(options)).toEqual(steps);
    const other = visitSteps({ ...options, visitId: "v-124" });
    const chargeIds = (list: typeof steps) =>
      list.flatMap((s) => ("chargeId" in s.body ? [s.body.chargeId] : []));
    expect(chargeIds(steps)).toEqual([
      "v-123-registration",
      "v-123-consultation",
      "v-123-exam",
      "v-123-medicine",
    ]);
    expect(chargeIds(other).some((id) => chargeIds(steps).includes(id))).toBe(false);
    // Only the ids differ: the items are the same visit.
    expect(other.map((s) => ("items" in s.body ? s.body.items : null))).toEqual(
      steps.map((s) => ("items" in s.body ? s.body.items : null)),
    );
  });

  it("refuses a visit id its charge ids would not fit", () => {
    expect(() => visitSteps({ ...options, visitId: "v".repeat(51) })).toThrow(RangeError);
    expect(() => visitSteps({ ...options, visitId: "v 1" })).toThrow(RangeError);
    expect(visitSteps({ ...options, visitId: "v".repeat(50) })[0]!.body).toMatchObject({
      chargeId: `${"v".repeat(50)}-registration`,
    });
  });
});
