import { z } from "zod";

/**
 * VIN characters (ISO 3779: digits and capitals without I, O, Q). People type them in any case, with
 * stray spaces; the check compares them upper-cased.
 */
export const VinLast6Schema = z
  .string()
  .transform((value) => value.replace(/\s+/g, "").toUpperCase())
  .pipe(z.string().regex(/^[A-HJ-NPR-Z0-9]{6}$/, { error: "errors.parking.vinLast6Invalid" }));

/** The owner's name as printed on the licence (a person's or a company's). */
export const OwnerNameSchema = z
  .string()
  .trim()
  .min(1, { error: "errors.parking.ownerNameInvalid" })
  .max(60, { error: "errors.parking.ownerNameInvalid" });

/** What the vehicle-licence check (行驶证核验) is asked: does this licence exist with these details? */
export interface VehicleLicenceQuery {
  /** Already normalised (PlateSchema). */
  plate: string;
  ownerName: string;
  /** Upper-case, 6 characters (VinLast6Schema). */
  vinLast6: string;
}

/** The e-licence service's answer; it never says which detail was wrong, and neither do we. */
export type VehicleLicenceVerdict = "match" | "mismatch";

/** The provincial e-licence service (浙里办 电子行驶证) behind one interface: sandbox or HTTP. */
export interface VehicleLicenceService {
  kind: "sandbox" | "http";
  check(query: VehicleLicenceQuery): Promise<VehicleLicenceVerdict>;
}

/** The service could not answer (down, slow, malformed): not a verdict, so nothing may be bound on it. */
export class VehicleLicenceUnavailableError extends Error {}
