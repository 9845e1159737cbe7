import type { VehicleClass } from "@/lib/db/schema/parking";
import type { ParkingLot } from "./lots";

export interface StayForFee {
  entry: Date;
  exit: Date;
  vehicleClass: VehicleClass;
}

export interface Fee {
  /** Integer fen. */
  feeFen: number;
  /** The tariff engine's itemisation, shown to the resident as it is. */
  breakdown: unknown[];
}

export type ComputeFee = (lot: ParkingLot, stay: StayForFee) => Fee;

/**
 * The fee of a closed stay at a lot. Billing calls only this, so the tariff engine is swapped here alone.
 * Until the tariff engine (lib/parking/tariff.ts) lands this throws, and the stay is flagged instead of
 * billed: a fee is never invented.
 */
export const computeFee: ComputeFee = () => {
  throw new Error("The tariff engine (lib/parking/tariff.ts) is not available yet");
};
