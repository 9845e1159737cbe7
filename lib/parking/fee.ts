import type { VehicleClass } from "@/lib/db/schema/parking";
import type { ParkingLot } from "./lot-catalogue";
import { tariffOfLot } from "./lot-tariffs";
import { quoteStay } from "./tariff";

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

/** The fee of a closed stay at a lot, from the lot's tariff. Billing calls only this. */
export const computeFee: ComputeFee = (lot, stay) =>
  quoteStay(tariffOfLot({ slug: lot.id, zone: lot.zone, role: lot.role }), stay);
