import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import type { AppError } from "@/lib/errors";
import {
  freshResidentId,
  residentWithAgreement,
  scannedToken,
  testClinicConfig,
} from "@/lib/testing/clinic-fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { cancelCharge } from "./cancel-charge";
import { getClinicAccount } from "./clinic-account";
import { closeVisit } from "./close-visit";
import { enrol } from "./enrol";
import type { HisChargeBody } from "./his-schemas";
import { postCharge } from "./post-charge";

let opened: OpenDb;
const now = new Date("2026-12-07T09:00:00+08:00");
const config = testClinicConfig(612); // tier 2: 1,000 元
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(async () => opened?.close());

let chargeSeq = 0;
function charge(visitId: string, selfPayFen: number, extra: Partial<HisChargeBody> = {}): HisChargeBody {
  chargeSeq += 1;
  return {
    chargeId: `c-${chargeSeq}`,
    hospitalId: "hz-first",
    visitId,
    occurredAt: now.toISOString(),
    items: [
      {
        code: "110200001",
        display: "门诊诊查费",
        quantity: 1,
        unitPriceFen: selfPayFen + 500,
        insuranceFen: 500,
        selfPayFen,
      },
    ],
    ...extra,
  };
}

async function enrolledPatient() {
  const userId = await residentWithAgreement(opened.db, now);
  const { account } = await enrol(
    opened.db,
    userId,
    { name: "张伟", idNumber: freshResidentId(), consent: true },
    config,
    now,
  );
  return {
    userId,
    healthCardId: account.healthCardId!,
    token: scannedToken(account.healthCardId!, config, now),
  };
}

const post = (body: HisChargeBody) => postCharge(opened.db, body, { cardSecret: config.cardSecret, now });
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: AppError) => ({ code: error.code, key: error.messageKey, extra: error.extra }),
  );

describe("charges against the credit line", () => {
  it("authorises a visit's charges, refuses one over the line without storing it, and bills the visit once", async () => {
    const { userId, token } = await enrolledPatient();
    const first = await post(charge("v-1", 30_000, { patientToken: token }));
    expect(first).toMatchObject({
      status: 201,
      body: { authorized: true, selfPayFen: 30_000, availableFen: 70_000 },
    });
    // Later charges of the visit inherit its patient.
    expect((await post(charge("v-1", 50_000))).body.availableFen).toBe(20_000);
    const over = charge("v-1", 20_001);
    expect(await refusal(post(over))).toEqual({
      code: "credit_exceeded",
      key: "errors.clinic.creditExceeded",
      extra: { availableFen: 20_000 },
    });
    expect(await getClinicAccount(opened.db, userId)).toMatchObject({
      usedFen: 80_000,
      availableFen: 20_000,
    });
    // The refused charge was not stored: once the line allows it, the same request is judged again.
    await cancelCharge(opened.db, { hospitalId: "hz-first", chargeId: "c-2" }, now);
    expect((await post(over)).status).toBe(201);

    const closed = await closeVisit(opened.db, { hospitalId: "hz-first", visitId: "v-1" }, now);
    expect(closed).toMatchObject({ totalSelfPayFen: 50_001, dueAt: "2026-12-09T01:00:00.000Z" });
    expect(await closeVisit(opened.db, { hospitalId: "hz-first", visitId: "v-1" }, now)).toEqual(closed);
    expect(await getClinicAccount(opened.db, userId)).toMatchObject({
      usedFen: 50_001,
      availableFen: 49_999,
    });
    expect(await refusal(post(charge("v-1", 100)))).toMatchObject({ key: "errors.clinic.visitClosed" });
    expect(
      await refusal(cancelCharge(opened.db, { hospitalId: "hz-first", chargeId: "c-1" }, now)),
    ).toMatchObject({ key: "errors.clinic.visitClosed" });
  });

  it("answers a repeated chargeId with the first result, and refuses it with another body", async () => {
    const { token } = await enrolledPatient();
    const body = charge("v-2", 10_000, { patientToken: token });
    const first = await post(body);
    await post(charge("v-2", 5_000));
    expect(await post(body)).toEqual({ ...first, status: 200 });
    expect(
      await refusal(post({ ...body, items: [{ ...body.items[0]!, quantity: 2, unitPriceFen: 5_250 }] })),
    ).toMatchObject({
      code: "conflict",
      key: "errors.clinic.chargeIdReused",
    });
  });

  it("names the patient only by a valid health-card token, and never lets one visit change patient", async () => {
    const a = await enrolledPatient();
    const b = await enrolledPatient();
    expect(await refusal(post(charge("v-3", 100)))).toMatchObject({
      key: "errors.clinic.patientTokenRequired",
    });
    const stale = scannedToken(a.healthCardId, config, new Date(now.getTime() - 5 * 60_000));
    expect(await refusal(post(charge("v-3", 100, { patientToken: stale })))).toMatchObject({
      key: "errors.clinic.cardTokenExpired",
    });
    await post(charge("v-3", 100, { patientToken: a.token }));
    expect(await refusal(post(charge("v-3", 100, { patientToken: b.token })))).toMatchObject({
      key: "errors.clinic.visitOfAnotherPatient",
    });
    expect(await getClinicAccount(opened.db, b.userId)).toMatchObject({ usedFen: 0 });
  });

  it("never lets 50 simultaneous charges from several hospitals exceed the line", async () => {
    const { userId, token } = await enrolledPatient();
    const hospitals = ["hz-first", "hz-tcm", "hz-third"];
    const bodies = Array.from({ length: 50 }, (_, i) =>
      charge(`burst-${i % 10}`, 3_000, { hospitalId: hospitals[i % 3]!, patientToken: token }),
    );
    const results = await Promise.allSettled(bodies.map((body) => post(body)));
    const authorised = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter(
      (r) => r.status === "rejected" && (r.reason as AppError).code === "credit_exceeded",
    );
    const account = await getClinicAccount(opened.db, userId);
    console.info(
      `[clinic concurrency] ${bodies.length} charges of 3,000 fen at once from ${hospitals.length} hospitals: ` +
        `${authorised.length} authorised (${account.usedFen} fen), ${refused.length} refused, line ${account.creditLineFen} fen`,
    );
    expect(authorised.length + refused.length).toBe(50);
    expect(authorised).toHaveLength(33);
    expect(account.usedFen).toBe(99_000);
    expect(account.usedFen).toBeLessThanOrEqual(account.creditLineFen);
  });
});
