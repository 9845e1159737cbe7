// Valid examples the fuzzer mutates, so hostile values reach each route's field checks and the database
// (a random object is refused at the first unknown key). A route without an example is still fuzzed with
// generic hostile input; an example only makes it reach further.
import {
  SANDBOX_GATE_SECRET,
  SANDBOX_HIS_SECRET,
  SANDBOX_OPERATOR_SECRET,
  SANDBOX_PAYMENTS_CALLBACK_SECRET,
  SANDBOX_PAYMENTS_PROVIDER_SECRET,
} from "../../lib/env";
import { PRIVACY_POLICY_VERSION } from "../../lib/legal/privacy-policy";
import type { JsonLike } from "./inputs";

/** The documented sandbox secrets of the signed machine endpoints, so fuzzed bodies pass the signature to the parser. */
export const SIGNING_SECRETS: Record<string, string> = {
  "/api/parking/gate-events": SANDBOX_GATE_SECRET,
  "/api/payments/callback": SANDBOX_PAYMENTS_CALLBACK_SECRET,
  "/api/operator/parking/disputes/[id]/resolution": SANDBOX_OPERATOR_SECRET,
  "/api/sandbox/provider/[operation]": SANDBOX_PAYMENTS_PROVIDER_SECRET,
  "/api/clinic/his/charges": SANDBOX_HIS_SECRET,
  "/api/clinic/his/charges/[chargeId]/cancel": SANDBOX_HIS_SECRET,
  "/api/clinic/his/visits/[visitId]/close": SANDBOX_HIS_SECRET,
  "/api/clinic/his/cards/verify": SANDBOX_HIS_SECRET,
};

// A plate no other test binds, at a lot of the sandbox city.
const PLATE = "藏Z9Z9Z9";
const LOT = "wl-feilaifeng";
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
const aMinuteAgo = () => new Date(Date.now() - 60_000).toISOString();

export interface Seed {
  /** Values for the route's dynamic segments (raw, already URL-encoded) that lead to the body's parser. */
  params?: Record<string, string>;
  body: () => JsonLike;
}

/**
 * Example bodies by "METHOD /api/pattern". None on purpose for the sandbox's fault and clock switches: a valid
 * change there would disturb the journeys running alongside, and random input never gets past their strict keys.
 */
export const BODY_SEEDS: Record<string, Seed[]> = {
  "POST /api/auth/otp": [{ body: () => ({ phone: "13800000000", privacyVersion: PRIVACY_POLICY_VERSION }) }],
  "POST /api/auth/verify": [{ body: () => ({ phone: "13800000000", code: "123456" }) }],
  "POST /api/auth/logout": [{ body: () => ({ everywhere: false }) }],
  "POST /api/preferences": [{ body: () => ({ locale: "en", elder: false }) }],
  "POST /api/me/plates": [{ body: () => ({ plate: PLATE, vehicleClass: "small" }) }],
  "POST /api/push/subscriptions": [
    {
      body: () => ({
        endpoint: "https://push.example.invalid/fuzz",
        expirationTime: null,
        keys: {
          p256dh: Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 7)]).toString("base64url"),
          auth: Buffer.alloc(16, 9).toString("base64url"),
        },
      }),
    },
  ],
  "DELETE /api/push/subscriptions": [{ body: () => ({ endpoint: "https://push.example.invalid/fuzz" }) }],
  "POST /api/parking/reservations": [{ body: () => ({ lotId: LOT, plate: PLATE, arrivalAt: inAnHour() }) }],
  "POST /api/parking/sessions/[id]/dispute": [
    {
      params: { id: "00000000-0000-4000-8000-000000000000" },
      body: () => ({ reason: "other", note: "fuzz" }),
    },
  ],
  "POST /api/operator/parking/disputes/[id]/resolution": [
    {
      params: { id: "00000000-0000-4000-8000-000000000000" },
      body: () => ({ decision: "rejected", note: "fuzz" }),
    },
    {
      params: { id: "00000000-0000-4000-8000-000000000000" },
      body: () => ({ decision: "upheld", correctedFeeFen: 0, note: "fuzz" }),
    },
  ],
  "POST /api/parking/gate-events": [
    {
      body: () => ({
        events: [
          { eventId: "fuzz-seed-event", lotId: LOT, plate: PLATE, direction: "exit", at: aMinuteAgo() },
        ],
      }),
    },
  ],
  "POST /api/clinic/enrol": [
    { body: () => ({ name: "张伟", idNumber: "330106199003071236", consent: true }) },
  ],
  "POST /api/clinic/his/charges": [
    {
      body: () => ({
        chargeId: "fuzz-seed-charge",
        hospitalId: "hz-first",
        visitId: "fuzz-seed-visit",
        occurredAt: aMinuteAgo(),
        items: [
          {
            code: "110200001",
            display: "门诊诊查费",
            quantity: 1,
            unitPriceFen: 2_500,
            insuranceFen: 1_500,
            selfPayFen: 1_000,
          },
        ],
      }),
    },
  ],
  "POST /api/clinic/his/charges/[chargeId]/cancel": [
    {
      params: { chargeId: "fuzz-seed-charge" },
      body: () => ({ hospitalId: "hz-first", chargeId: "fuzz-seed-charge" }),
    },
  ],
  "POST /api/clinic/his/visits/[visitId]/close": [
    {
      params: { visitId: "fuzz-seed-visit" },
      body: () => ({ hospitalId: "hz-first", visitId: "fuzz-seed-visit" }),
    },
  ],
  // A well-formed code of a card this deployment never issued: the fuzzer's variants reach the token's checks.
  "POST /api/clinic/his/cards/verify": [
    {
      body: () => ({
        hospitalId: "hz-first",
        patientToken: "AQAAAABIQy0xMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODk",
      }),
    },
  ],
  "POST /api/sandbox/clinic/visit": [{ body: () => ({ hospitalId: "hz-first", stopBefore: "close" }) }],
  "POST /api/payments/callback": [
    {
      body: () => ({
        callbackId: "fuzz-seed-callback",
        kind: "debit",
        idempotencyKey: "fuzz-no-such-payment",
        status: "succeeded",
        amountFen: 100,
        at: aMinuteAgo(),
      }),
    },
  ],
  "POST /api/sandbox/provider/[operation]": [
    {
      params: { operation: "debits" },
      body: () => ({
        idempotencyKey: "fuzz-no-such-debit",
        agreementId: "00000000-0000-4000-8000-000000000000",
        amountFen: 100,
        description: "fuzz",
      }),
    },
    {
      params: { operation: "refunds" },
      body: () => ({
        idempotencyKey: "fuzz-no-such-refund",
        paymentKey: "fuzz-no-such-payment",
        amountFen: 100,
        description: "fuzz",
      }),
    },
  ],
  "POST /api/sandbox/parking/visit": [{ body: () => ({ plate: PLATE, lotId: LOT, entryAt: aMinuteAgo() }) }],
  "PUT /api/sandbox/payments/declines": [{ body: () => ({ phone: "13800000000", decline: false }) }],
};

/** Query keys by route, so hostile values reach the query parser instead of stopping at "unknown key". */
export const QUERY_KEYS: Record<string, string[]> = {
  "/api/parking/lots": ["lat", "lng", "radius"],
  "/api/parking/lots/[id]/quote": ["entry", "exit", "vehicleClass"],
  "/api/places/search": ["q", "lang"],
};

/** Plausible values of dynamic segments (besides random uuids and hostile segments). */
export const PARAM_VALUES: Record<string, string[]> = {
  id: [LOT, "00000000-0000-4000-8000-000000000000"],
  plate: [encodeURIComponent(PLATE)],
  operation: ["debits", "refunds"],
  kind: ["sight", "street", "station", "hospital"],
  path: ["no-such-thing"],
};
