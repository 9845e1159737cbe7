import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { clinicAccounts } from "@/lib/db/schema";
import type { AppError } from "@/lib/errors";
import {
  freshResidentId,
  residentWithAgreement,
  scannedToken,
  testClinicConfig,
} from "@/lib/testing/clinic-fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { enrol } from "./enrol";
import { postCharge } from "./post-charge";
import { maskName, verifyCardForHospital } from "./verify-card";

let opened: OpenDb;
const now = new Date("2026-12-07T09:00:30+08:00");
const config = testClinicConfig(612); // tier 2: 1,000 元
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(async () => opened?.close());

async function enrolled(name = "张伟") {
  const userId = await residentWithAgreement(opened.db, now);
  const { account } = await enrol(
    opened.db,
    userId,
    { name, idNumber: freshResidentId(), consent: true },
    config,
    now,
  );
  return {
    userId,
    healthCardId: account.healthCardId!,
    token: scannedToken(account.healthCardId!, config, now),
  };
}

/** The pilot hospital's desk scans `token` at `at`. */
const verify = (token: string, at: Date) =>
  verifyCardForHospital(opened.db, { hospitalId: "hz-first", patientToken: token }, config, at);

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "verified",
    (error: AppError) => error.message,
  );

describe("a hospital verifies a scanned health card", () => {
  it("names the card, the patient masked and the credit left, and changes nothing", async () => {
    const patient = await enrolled("欧阳娜娜");
    const check = await verify(patient.token, now);
    expect(check).toMatchObject({
      healthCardId: patient.healthCardId,
      status: "active",
      patientNameMasked: "欧***",
      availableFen: 100_000,
    });
    expect(check.residentIdMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    // The code is good until its minute ends.
    expect(check.tokenExpiresAt.toISOString()).toBe("2026-12-07T01:01:00.000Z");

    // A charge uses part of the line; the next scan says what is left.
    const charged = await postCharge(
      opened.db,
      {
        chargeId: "verify-1",
        hospitalId: "hz-first",
        visitId: "verify-v1",
        patientToken: patient.token,
        occurredAt: now.toISOString(),
        items: [
          {
            code: "REG01",
            display: "挂号",
            quantity: 1,
            unitPriceFen: 2_500,
            insuranceFen: 0,
            selfPayFen: 2_500,
          },
        ],
      },
      { cardSecret: config.cardSecret, now },
    );
    expect(charged.status).toBe(201);
    expect((await verify(patient.token, now)).availableFen).toBe(97_500);
  });

  it("refuses an expired, altered or foreign code, and a card whose resident deleted their account", async () => {
    const patient = await enrolled();
    const later = new Date(now.getTime() + 2 * 60_000);
    expect(await refusal(verify(patient.token, later))).toBe("unprocessable: errors.clinic.cardTokenExpired");
    const altered = `${patient.token.slice(0, -2)}${patient.token.endsWith("AA") ? "BB" : "AA"}`;
    expect(await refusal(verify(altered, now))).toMatch(
      /^(unprocessable: errors.clinic.cardTokenBadSignature|bad_request: errors.clinic.cardTokenMalformed)$/,
    );
    const other = testClinicConfig(612);
    const foreign = scannedToken(
      patient.healthCardId,
      { ...other, cardSecret: "another-deployment-secret-0123456789abcdef" },
      now,
    );
    expect(await refusal(verify(foreign, now))).toBe("unprocessable: errors.clinic.cardTokenBadSignature");
    await opened.db
      .update(clinicAccounts)
      .set({ userId: null })
      .where(eq(clinicAccounts.healthCardId, patient.healthCardId));
    expect(await refusal(verify(patient.token, now))).toBe("unprocessable: errors.clinic.unknownHealthCard");
  });

  it("says a suspended card is genuine but has no credit to give", async () => {
    const patient = await enrolled();
    await opened.db
      .update(clinicAccounts)
      .set({ status: "suspended" })
      .where(eq(clinicAccounts.healthCardId, patient.healthCardId));
    const check = await verify(patient.token, now);
    expect(check).toMatchObject({ status: "suspended", availableFen: 0 });
  });
});

describe("masking a name for the registration desk", () => {
  it("keeps the first character only", () => {
    expect(maskName("张三")).toBe("张*");
    expect(maskName("李小明")).toBe("李**");
    expect(maskName(" 王 ")).toBe("王*");
    expect(maskName("Zoë Smith")).toBe(`Z${"*".repeat(8)}`);
  });
});
