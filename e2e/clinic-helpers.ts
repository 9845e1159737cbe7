// Helpers for the clinic journeys: the hospital's signed requests, residents enrolled through the API, and
// identity numbers no other journey uses.
import type { APIRequestContext } from "@playwright/test";
import { residentIdCheckCharacter } from "../lib/clinic/resident-id";
import { SANDBOX_HIS_SECRET } from "../lib/env";
import { expect, signInViaApi } from "./fixtures";
import { machineHeaders } from "./machine-secrets";

/** The HIS secret of the deployment under test: the sandbox's documented one unless E2E_HIS_SECRET names its own. */
export const HIS_SECRET = process.env.E2E_HIS_SECRET ?? SANDBOX_HIS_SECRET;

/** A credit-pilot hospital (lib/clinic/clinic-config.ts). */
export const PILOT_HOSPITAL = "hz-first";

/** Sandbox residents with fixed scores (lib/clinic/credit-score.ts); each journey uses its own. */
export const RESIDENTS = {
  notEligible: { idNumber: "330102198805120036", name: "王小明" },
  tier3: { idNumber: "330108199201140047", name: "刘芳", lineFen: 200_000 },
} as const;

/** A valid identity number nobody else has (its sandbox score is a hash: any of 350–950). */
export function uniqueResidentId(): string {
  const year = 1960 + Math.floor(Math.random() * 40);
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, "0");
  const sequence = String(Math.floor(Math.random() * 1000)).padStart(3, "0");
  const first17 = `330106${year}${month}${day}${sequence}`;
  return `${first17}${residentIdCheckCharacter(first17)}`;
}

/** A hospital-side id no other journey uses. */
export const uniqueId = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Sends a hospital's signed request, as its HIS would. */
export async function hisPost(request: APIRequestContext, path: string, body: unknown) {
  const raw = JSON.stringify(body);
  return request.post(path, { headers: machineHeaders(HIS_SECRET, raw), data: raw });
}

export interface ItemInput {
  code: string;
  display: string;
  quantity: number;
  unitPriceFen: number;
  insuranceFen: number;
}

/** Items with their self-pay part: what is not insured of unit price × quantity. */
export function items(...lines: ItemInput[]) {
  return lines.map((line) => ({
    ...line,
    selfPayFen: line.unitPriceFen * line.quantity - line.insuranceFen,
  }));
}

/** A charge of a visit at the pilot hospital; the first charge of a visit names the patient by the card's token. */
export async function postCharge(
  request: APIRequestContext,
  charge: { visitId: string; chargeId?: string; patientToken?: string; items: ReturnType<typeof items> },
) {
  const body = {
    chargeId: charge.chargeId ?? uniqueId("c"),
    hospitalId: PILOT_HOSPITAL,
    visitId: charge.visitId,
    ...(charge.patientToken ? { patientToken: charge.patientToken } : {}),
    occurredAt: new Date().toISOString(),
    items: charge.items,
  };
  const response = await hisPost(request, "/api/clinic/his/charges", body);
  return { response, chargeId: body.chargeId };
}

export async function cancelCharge(request: APIRequestContext, chargeId: string) {
  return hisPost(request, `/api/clinic/his/charges/${chargeId}/cancel`, {
    hospitalId: PILOT_HOSPITAL,
    chargeId,
  });
}

export async function closeVisit(request: APIRequestContext, visitId: string) {
  return hisPost(request, `/api/clinic/his/visits/${visitId}/close`, { hospitalId: PILOT_HOSPITAL, visitId });
}

/** Signs the payment agreement through the API (the default per-bill limit). */
export async function signAgreementViaApi(request: APIRequestContext) {
  const signed = await request.post("/api/me/payment-agreement", { data: {} });
  expect(signed.status(), await signed.text()).toBeLessThan(300);
}

export interface ClinicAccount {
  status: string;
  healthCardId: string | null;
  creditLineFen: number;
  usedFen: number;
  availableFen: number;
  tier: number | null;
}

export async function accountOf(request: APIRequestContext): Promise<ClinicAccount> {
  const response = await request.get("/api/clinic/account");
  expect(response.status()).toBe(200);
  return (await response.json()) as ClinicAccount;
}

export async function enrolViaApi(request: APIRequestContext, resident: { idNumber: string; name: string }) {
  const enrolled = await request.post("/api/clinic/enrol", { data: { ...resident, consent: true } });
  expect(enrolled.status(), await enrolled.text()).toBe(201);
  return ((await enrolled.json()) as { account: ClinicAccount }).account;
}

/** The credit line of each tier under the default policy (lib/clinic/credit-tiers.ts DEFAULT_CREDIT_POLICY). */
export const TIER_LINE_FEN: Record<number, number> = {
  1: 50_000,
  2: 100_000,
  3: 200_000,
  4: 300_000,
  5: 500_000,
};

/**
 * Signs in a new resident, signs the agreement and enrols them: with `resident`'s number, or with a new number
 * whose score reaches `minTier` (new numbers keep reruns against the same database apart).
 */
export async function enrolledResident(
  request: APIRequestContext,
  options: { resident?: { idNumber: string; name: string }; minTier?: number } = {},
): Promise<{ phone: string; account: ClinicAccount }> {
  const { resident, minTier = 1 } = options;
  // A new number's sandbox score is a hash (350–950), and a number stays with the account that tried it: a new
  // resident each time, until one reaches the tier.
  for (let attempt = 0; attempt < 20; attempt++) {
    const { phone } = await signInViaApi(request);
    await signAgreementViaApi(request);
    const account = await enrolViaApi(
      request,
      resident ?? { idNumber: uniqueResidentId(), name: "测试患者" },
    );
    if (resident || (account.status === "active" && (account.tier ?? 0) >= minTier))
      return { phone, account };
  }
  throw new Error(`no identity number reached tier ${minTier} in 20 tries`);
}

/** This minute's health-card token, as the card page shows it. */
export async function cardToken(request: APIRequestContext): Promise<string> {
  const card = await request.get("/api/clinic/card");
  expect(card.status(), await card.text()).toBe(200);
  return ((await card.json()) as { token: string }).token;
}
