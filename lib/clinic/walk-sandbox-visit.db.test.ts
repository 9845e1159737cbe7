import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { clinicCharges, clinicInvoices, clinicVisits } from "@/lib/db/schema";
import {
  freshResidentId,
  residentWithAgreement,
  scannedToken,
  testClinicConfig,
} from "@/lib/testing/clinic-fixtures";
import { refusal } from "@/lib/testing/refusal";
import { createTestDb } from "@/lib/testing/test-db";
import { getClinicAccount } from "./clinic-account";
import { enrol } from "./enrol";
import { inProcessHisPoster, walkSandboxVisitForResident } from "./sandbox-clinic-visit";
import { chargeSelfPayFen, visitSteps } from "./sandbox-hospital";
import { walkSandboxVisit } from "./walk-sandbox-visit";

let opened: OpenDb;
const now = new Date("2026-12-07T10:30:00+08:00");
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(async () => opened?.close());

async function enrolledPatient(score: number) {
  const config = testClinicConfig(score);
  const userId = await residentWithAgreement(opened.db, now);
  const { account } = await enrol(
    opened.db,
    userId,
    { name: "王芳", idNumber: freshResidentId(), consent: true },
    config,
    now,
  );
  return { userId, config, token: scannedToken(account.healthCardId!, config, now) };
}

function walk(patient: Awaited<ReturnType<typeof enrolledPatient>>, visitId: string, extra = {}) {
  return walkSandboxVisit({
    post: inProcessHisPoster(opened.db, { cardSecret: patient.config.cardSecret, now }),
    hospitalId: "hz-first",
    visitId,
    patientToken: patient.token,
    now,
    ...extra,
  });
}

// The sandbox visit's self-pay, charge by charge, as the hospital sends it.
const selfPays = visitSteps({ hospitalId: "hz-first", visitId: "x", closedAt: now }).flatMap((s) =>
  s.step === "close" ? [] : [chargeSelfPayFen(s.body)],
);
const sumOf = (fens: number[]) => fens.reduce((sum, fen) => sum + fen, 0);
const visitSelfPay = sumOf(selfPays);

describe("walking the sandbox hospital's visit in-process", () => {
  it("authorises the four charges, closes the visit, and bills exactly their self-pay", async () => {
    const patient = await enrolledPatient(612); // 1,000 元
    const walked = await walk(patient, "walk-1");
    expect(walked.outcome).toBe("closed");
    expect(walked.steps.map((s) => [s.step, s.status])).toEqual([
      ["registration", 201],
      ["consultation", 201],
      ["exam", 201],
      ["medicine", 201],
      ["close", 200],
    ]);
    const expectedAvailable = selfPays.map((_, i) => 100_000 - sumOf(selfPays.slice(0, i + 1)));
    expect(walked.steps.slice(0, 4).map((s) => s.availableFen)).toEqual(expectedAvailable);
    expect(walked.invoice?.totalSelfPayFen).toBe(visitSelfPay);
    const [invoice] = await opened.db
      .select()
      .from(clinicInvoices)
      .where(eq(clinicInvoices.id, walked.invoice!.invoiceId));
    expect(invoice).toMatchObject({ totalSelfPayFen: visitSelfPay, paidAt: null });
    expect(await getClinicAccount(opened.db, patient.userId)).toMatchObject({ usedFen: visitSelfPay });
  });

  it("answers the same walk again from what is stored: charges replayed (200), the same bill", async () => {
    const patient = await enrolledPatient(612);
    const first = await walk(patient, "walk-2");
    const again = await walk(patient, "walk-2");
    expect(again.steps.map((s) => s.status)).toEqual([200, 200, 200, 200, 200]);
    expect(again.invoice).toEqual(first.invoice);
    expect(await getClinicAccount(opened.db, patient.userId)).toMatchObject({ usedFen: visitSelfPay });
  });

  it("leaves the visit open when told to stop before closing", async () => {
    const patient = await enrolledPatient(612);
    const walked = await walk(patient, "walk-3", { stopBefore: "close" });
    expect(walked).toMatchObject({ outcome: "stopped", invoice: null });
    expect(walked.steps).toHaveLength(4);
    const [visit] = await opened.db.select().from(clinicVisits).where(eq(clinicVisits.visitId, "walk-3"));
    expect(visit?.status).toBe("open");
    expect(await getClinicAccount(opened.db, patient.userId)).toMatchObject({ usedFen: visitSelfPay });
  });

  it("stops at the step that passes a 500 元 line with a 402, storing nothing for it", async () => {
    const patient = await enrolledPatient(550); // tier 1: 500 元
    const line = 50_000;
    // Whole visits fit until the line runs short; the next visit is refused at the step that passes it.
    const wholeVisits = Math.floor(line / visitSelfPay);
    for (let i = 0; i < wholeVisits; i += 1) {
      expect((await walk(patient, `small-${i}`)).outcome).toBe("closed");
    }
    const before = line - wholeVisits * visitSelfPay;
    const fitting = selfPays.findIndex((_, i) => sumOf(selfPays.slice(0, i + 1)) > before);
    const left = before - sumOf(selfPays.slice(0, fitting));

    const walked = await walk(patient, "small-last");
    expect(walked.outcome).toBe("refused");
    expect(walked.steps).toHaveLength(fitting + 1);
    const refused = walked.steps.at(-1)!;
    expect(refused.step).toBe("exam"); // 1,312 fen left: registration and consultation fit, the exam does not
    expect(refused).toMatchObject({ status: 402, availableFen: left, selfPayFen: selfPays[fitting] });
    expect(refused.answer).toMatchObject({ error: { code: "credit_exceeded", availableFen: left } });

    const stored = await opened.db
      .select({ chargeId: clinicCharges.chargeId })
      .from(clinicCharges)
      .innerJoin(clinicVisits, eq(clinicVisits.id, clinicCharges.visitRowId))
      .where(and(eq(clinicVisits.hospitalId, "hz-first"), eq(clinicVisits.visitId, "small-last")));
    expect(stored.map((c) => c.chargeId).sort()).toEqual([
      "small-last-consultation",
      "small-last-registration",
    ]);
    const [visit] = await opened.db.select().from(clinicVisits).where(eq(clinicVisits.visitId, "small-last"));
    expect(visit?.status).toBe("open");
    expect(await getClinicAccount(opened.db, patient.userId)).toMatchObject({ availableFen: left });
  });
});

describe("the sandbox visit for a signed-in resident (POST /api/sandbox/clinic/visit)", () => {
  it("walks a visit with the resident's own card token and answers its steps and bill", async () => {
    const patient = await enrolledPatient(612);
    const visit = await walkSandboxVisitForResident(
      opened.db,
      patient.userId,
      { hospitalId: "hz-tcm" },
      patient.config,
      now,
    );
    expect(visit.visitId).toMatch(/^sbx-20261207-1030-[0-9a-f]{6}$/);
    expect(visit.steps.map((s) => s.status)).toEqual([201, 201, 201, 201, 200]);
    expect(visit.steps.at(-1)).toMatchObject({ step: "close", selfPayFen: visitSelfPay, availableFen: null });
    expect(visit.invoiceId).toEqual(expect.any(String));
    expect(await getClinicAccount(opened.db, patient.userId)).toMatchObject({ usedFen: visitSelfPay });
  });

  it("stops where asked, and leaves no invoice", async () => {
    const patient = await enrolledPatient(612);
    const visit = await walkSandboxVisitForResident(
      opened.db,
      patient.userId,
      { hospitalId: "hz-first", stopBefore: "exam" },
      patient.config,
      now,
    );
    expect(visit.steps.map((s) => s.step)).toEqual(["registration", "consultation"]);
    expect(visit).not.toHaveProperty("invoiceId");
  });

  it("refuses a hospital outside the pilot (422) and a resident who is not enrolled (404)", async () => {
    const patient = await enrolledPatient(612);
    const outside = await refusal(
      walkSandboxVisitForResident(opened.db, patient.userId, { hospitalId: "hz-zju-1" }, patient.config, now),
    );
    expect([outside.status, outside.messageKey]).toEqual([422, "errors.clinic.notPilotHospital"]);
    const stranger = await residentWithAgreement(opened.db, now);
    const notEnrolled = await refusal(
      walkSandboxVisitForResident(opened.db, stranger, { hospitalId: "hz-first" }, patient.config, now),
    );
    expect([notEnrolled.status, notEnrolled.messageKey]).toEqual([404, "errors.clinic.notEnrolled"]);
  });
});
