// Bodies the hospital information system (HIS) posts to /api/clinic/his/*: part of the integration contract.
import { z } from "zod";

const MAX_ITEMS = 200;

/** The given message key, except for a missing field, which keeps zod's "required" issue. */
function keyUnlessMissing(key: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? undefined : key);
}

/** A chargeId, hospitalId or visitId: 1–64 characters of letters, digits and . _ : - */
export const HisId = z
  .string({ error: keyUnlessMissing("errors.clinic.his.idFormat") })
  .regex(/^[A-Za-z0-9._:-]{1,64}$/, { error: "errors.clinic.his.idFormat" });

const WholeFen = z
  .int({ error: keyUnlessMissing("errors.clinic.his.amountInvalid") })
  .min(0, { error: "errors.clinic.his.amountInvalid" });

export const HisChargeItem = z
  .strictObject({
    code: z
      .string({ error: keyUnlessMissing("errors.clinic.his.itemCodeFormat") })
      .regex(/^[^\s\p{Cc}\p{Cs}]{1,64}$/u, { error: "errors.clinic.his.itemCodeFormat" }),
    display: z
      .string({ error: keyUnlessMissing("errors.clinic.his.itemDisplayFormat") })
      .regex(/^(?=.*\S)[^\p{Cc}\p{Cs}]{1,200}$/u, { error: "errors.clinic.his.itemDisplayFormat" }),
    quantity: z
      .int({ error: keyUnlessMissing("errors.clinic.his.quantityInvalid") })
      .min(1, { error: "errors.clinic.his.quantityInvalid" }),
    unitPriceFen: WholeFen,
    insuranceFen: WholeFen,
    selfPayFen: WholeFen,
  })
  .superRefine((item, ctx) => {
    // BigInt: two safe integers can multiply past 2^53, where a float comparison would round.
    const billed = BigInt(item.unitPriceFen) * BigInt(item.quantity);
    const split = BigInt(item.insuranceFen) + BigInt(item.selfPayFen);
    if (billed !== split) {
      ctx.addIssue({
        code: "custom",
        message: "errors.clinic.his.itemSplitMismatch",
        params: { unitPriceTimesQuantity: billed.toString(), insurancePlusSelfPay: split.toString() },
      });
    }
  });
export type HisChargeItem = z.infer<typeof HisChargeItem>;

/** POST /api/clinic/his/charges: one charge of a visit, with its items. */
/** A health-card QR token as scanned (its signature and window are checked by verifyCardToken). */
const PatientToken = z
  .string({ error: keyUnlessMissing("errors.clinic.his.patientTokenFormat") })
  .regex(/^[A-Za-z0-9_-]{1,256}$/, { error: "errors.clinic.his.patientTokenFormat" });

// The books keep fen in 32-bit integers: one charge of more than 20 million 元 is a mistake, refused as one.
const MAX_CHARGE_FEN = 2_000_000_000;

export const HisChargeBody = z.strictObject({
  chargeId: HisId,
  hospitalId: HisId,
  visitId: HisId,
  /** The health-card QR token scanned at the counter, when the patient showed it. */
  patientToken: PatientToken.optional(),
  occurredAt: z.iso.datetime({ offset: true, error: keyUnlessMissing("errors.clinic.his.occurredAtFormat") }),
  items: z
    .array(HisChargeItem, { error: keyUnlessMissing("errors.clinic.his.itemsCount") })
    .min(1, { error: "errors.clinic.his.itemsCount" })
    .max(MAX_ITEMS, { error: "errors.clinic.his.itemsCount" })
    .refine(
      (items) => items.reduce((sum, item) => sum + item.insuranceFen + item.selfPayFen, 0) <= MAX_CHARGE_FEN,
      { error: "errors.clinic.his.amountInvalid" },
    ),
});
export type HisChargeBody = z.infer<typeof HisChargeBody>;

/** A charge the hospital cancelled or refunded: its self-pay part no longer counts against the line. */
export const HisCancelBody = z.strictObject({ hospitalId: HisId, chargeId: HisId });
export type HisCancelBody = z.infer<typeof HisCancelBody>;

/** The visit is over: its charges become one bill. */
export const HisCloseBody = z.strictObject({ hospitalId: HisId, visitId: HisId });
export type HisCloseBody = z.infer<typeof HisCloseBody>;

/** POST /api/clinic/his/cards/verify: is the scanned code a valid health card here, and how much credit is left. */
export const HisCardVerifyBody = z.strictObject({ hospitalId: HisId, patientToken: PatientToken });
export type HisCardVerifyBody = z.infer<typeof HisCardVerifyBody>;
