import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { clinicAccounts } from "@/lib/db/schema";
import { freshResidentId, residentWithAgreement, testClinicConfig } from "@/lib/testing/clinic-fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { getClinicAccount } from "./clinic-account";
import { enrol } from "./enrol";
import { openSealedText } from "./sealed-text";

let opened: OpenDb;
const now = new Date("2026-12-07T09:00:00+08:00");
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(async () => opened?.close());

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code: string; messageKey: string }) => `${error.code}: ${error.messageKey}`,
  );

describe("enrolment", () => {
  it("gives the line of the score's tier, keeps the identity sealed and shows it masked", async () => {
    const config = testClinicConfig(612);
    const userId = await residentWithAgreement(opened.db, now);
    const idNumber = freshResidentId();
    const { account, reasons } = await enrol(
      opened.db,
      userId,
      { name: "张伟", idNumber, consent: true },
      config,
      now,
    );
    expect(account).toMatchObject({
      status: "active",
      tier: 2,
      creditLineFen: 100_000,
      availableFen: 100_000,
    });
    expect(account.residentIdMasked).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
    expect(reasons.map((r) => r.key)).toContain("clinic.eligibility.tierReached");
    const [row] = await opened.db.select().from(clinicAccounts).where(eq(clinicAccounts.userId, userId));
    expect(row!.residentIdSealed).not.toContain(idNumber);
    expect(openSealedText(row!.residentIdSealed, config.sealing, `id:${row!.residentIdIndex}`)).toBe(
      idNumber,
    );
    expect(row!.consentVersion).toMatch(/^\d{4}-\d{2}-v\d+$/);
  });

  it("refuses without the payment agreement, and one person's number on a second account", async () => {
    const config = testClinicConfig(612);
    const withoutAgreement = await createTestUser(opened.db);
    const idNumber = freshResidentId();
    expect(
      await refusal(
        enrol(opened.db, withoutAgreement, { name: "张伟", idNumber, consent: true }, config, now),
      ),
    ).toBe("conflict: errors.clinic.agreementRequired");
    const first = await residentWithAgreement(opened.db, now);
    await enrol(opened.db, first, { name: "张伟", idNumber, consent: true }, config, now);
    const second = await residentWithAgreement(opened.db, now);
    expect(
      await refusal(enrol(opened.db, second, { name: "张伟", idNumber, consent: true }, config, now)),
    ).toBe("conflict: errors.clinic.idEnrolledElsewhere");
    expect((await getClinicAccount(opened.db, second)).status).toBe("none");
  });

  it("says why a low score is not eligible, lets the person try again later, and limits credit checks", async () => {
    const low = testClinicConfig(530);
    const userId = await residentWithAgreement(opened.db, now);
    const idNumber = freshResidentId();
    const decided = await enrol(opened.db, userId, { name: "王小明", idNumber, consent: true }, low, now);
    expect(decided.account).toMatchObject({ status: "ineligible", creditLineFen: 0, healthCardId: null });
    expect(decided.reasons.map((r) => r.key)).toEqual([
      "clinic.eligibility.belowThreshold",
      "clinic.eligibility.payAtCounter",
    ]);
    const again = await enrol(
      opened.db,
      userId,
      { name: "王小明", idNumber, consent: true },
      testClinicConfig(700),
      now,
    );
    expect(again.account).toMatchObject({ status: "active", tier: 4 });
    // Enrolled: asking again answers the account without another credit check.
    await enrol(opened.db, userId, { name: "王小明", idNumber, consent: true }, low, now);
    expect((await getClinicAccount(opened.db, userId)).tier).toBe(4);

    const prober = await residentWithAgreement(opened.db, now);
    const probe = freshResidentId();
    for (let i = 0; i < 3; i += 1)
      await enrol(opened.db, prober, { name: "王小明", idNumber: probe, consent: true }, low, now);
    expect(
      await refusal(enrol(opened.db, prober, { name: "王小明", idNumber: probe, consent: true }, low, now)),
    ).toBe("rate_limited: errors.clinic.creditChecksThrottled");
  });
});
