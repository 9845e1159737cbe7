// The sandbox hospital: one typical outpatient visit at a Hangzhou 三甲 hospital (a cough with a fever), as the
// charges its HIS would post to /api/clinic/his/*. The same visit every time, so e2e journeys and demos agree.
//
// Item codes are illustrative: service items follow the nine-digit shape of the national medical service price
// item codes (全国医疗服务价格项目规范, e.g. 110200001 门诊诊查费), medicines the shape of the national
// insurance drug codes (国家医保药品分类与代码). Prices and insurance shares are plausible for Hangzhou, not a
// published tariff.
import { SHANGHAI_OFFSET_MS } from "@/lib/time";
import type { HisChargeBody, HisChargeItem, HisCloseBody } from "./his-schemas";

export const SANDBOX_STEPS = ["registration", "consultation", "exam", "medicine", "close"] as const;
export type SandboxStepName = (typeof SANDBOX_STEPS)[number];
export type SandboxChargeStepName = Exclude<SandboxStepName, "close">;

export type SandboxStep =
  | { step: SandboxChargeStepName; path: string; body: HisChargeBody }
  | { step: "close"; path: string; body: HisCloseBody };

/** An item as the HIS bills it; the insurance part is what the self-pay part leaves, so the split is exact. */
function item(
  code: string,
  display: string,
  quantity: number,
  unitPriceFen: number,
  selfPayFen: number,
): HisChargeItem {
  return {
    code,
    display,
    quantity,
    unitPriceFen,
    insuranceFen: unitPriceFen * quantity - selfPayFen,
    selfPayFen,
  };
}

// What each step bills, and how many minutes before the visit closes it happened (a morning at the clinic).
const CHARGES: Record<SandboxChargeStepName, { minutesBeforeClose: number; items: HisChargeItem[] }> = {
  registration: {
    minutesBeforeClose: 95,
    items: [item("110100001", "普通门诊挂号费", 1, 100, 100)],
  },
  consultation: {
    minutesBeforeClose: 80,
    items: [item("110200001", "门诊诊查费（副主任医师）", 1, 2_500, 1_000)],
  },
  exam: {
    minutesBeforeClose: 60,
    items: [
      item("250101015", "血细胞分析（血常规，五分类）", 1, 2_000, 400),
      item("250403002", "C-反应蛋白测定（CRP）", 1, 1_500, 300),
      item("120400006", "静脉采血", 1, 500, 100),
      item("210103015", "数字化X线摄影（DR）·胸部正位", 1, 9_000, 2_700),
    ],
  },
  medicine: {
    minutesBeforeClose: 15,
    items: [
      item("XJ01CAA040E001010100001", "阿莫西林胶囊 0.25g×24粒/盒", 2, 1_280, 512),
      item("XR05CBA075X001010100002", "盐酸氨溴索口服溶液 100ml/瓶", 1, 2_350, 658),
      item("XM01AEB012E002010100003", "布洛芬缓释胶囊 0.3g×20粒/盒", 1, 1_580, 316),
    ],
  },
};

// chargeId = `${visitId}-${step}`: no step name ends another, so ids of different visits never meet, and the
// longest suffix ("-registration", 13 characters) still fits a 64-character id.
const MAX_VISIT_ID_LENGTH = 50;
const VISIT_ID = /^[A-Za-z0-9._:-]+$/;

export interface VisitStepsOptions {
  hospitalId: string;
  visitId: string;
  /** The health-card QR token scanned at registration: only the visit's first charge carries it. */
  patientToken?: string;
  /** When the visit closes; the charges happened in the 95 minutes before. */
  closedAt: Date;
}

/** A Hangzhou time with its offset, as a local HIS writes occurredAt ("2026-12-07T08:25:00+08:00"). */
function shanghaiIso(instant: Date): string {
  return `${new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** The visit's steps in order — registration, consultation, exam, medicine, close — as unsigned API bodies. */
export function visitSteps({
  hospitalId,
  visitId,
  patientToken,
  closedAt,
}: VisitStepsOptions): SandboxStep[] {
  if (visitId.length > MAX_VISIT_ID_LENGTH || !VISIT_ID.test(visitId)) {
    throw new RangeError(
      `a sandbox visit id is 1–${MAX_VISIT_ID_LENGTH} characters of letters, digits and . _ : -`,
    );
  }
  const charges = (["registration", "consultation", "exam", "medicine"] as const).map(
    (step, index): SandboxStep => {
      const { minutesBeforeClose, items } = CHARGES[step];
      const body: HisChargeBody = {
        chargeId: `${visitId}-${step}`,
        hospitalId,
        visitId,
        ...(index === 0 && patientToken ? { patientToken } : {}),
        occurredAt: shanghaiIso(new Date(closedAt.getTime() - minutesBeforeClose * 60_000)),
        items: items.map((billed) => ({ ...billed })),
      };
      return { step, path: "/api/clinic/his/charges", body };
    },
  );
  const close: SandboxStep = {
    step: "close",
    path: `/api/clinic/his/visits/${encodeURIComponent(visitId)}/close`,
    body: { hospitalId, visitId },
  };
  return [...charges, close];
}

/** The self-pay part of a charge: what counts against the patient's line. */
export function chargeSelfPayFen(body: HisChargeBody): number {
  return body.items.reduce((sum, billed) => sum + billed.selfPayFen, 0);
}
