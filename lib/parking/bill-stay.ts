import type { FlagReason, StayStatus, VehicleClass } from "@/lib/db/schema/parking";
import { MAX_STAY_MS } from "./bill-status";
import type { ComputeFee } from "./fee";
import { lotById } from "./lot-catalogue";

export interface ClosedStay {
  status: StayStatus;
  flagReason: FlagReason | null;
  feeFen: number | null;
  breakdown: unknown[] | null;
  billedAt: Date | null;
  paidAt: Date | null;
}

/**
 * The bill of a stay that has both ends: the tariff's fee, or a flag when it must not be billed blindly
 * (over 72 h, or no tariff for the lot). A free stay is settled at once.
 */
export function billStay(
  stay: { lotId: string; entryAt: Date; exitAt: Date; vehicleClass: VehicleClass },
  computeFee: ComputeFee,
  now: Date,
): ClosedStay {
  const flagged = (flagReason: FlagReason): ClosedStay => ({
    status: "flagged",
    flagReason,
    feeFen: null,
    breakdown: null,
    billedAt: null,
    paidAt: null,
  });
  if (stay.exitAt.getTime() - stay.entryAt.getTime() > MAX_STAY_MS) return flagged("over_72h");
  const lot = lotById(stay.lotId);
  if (!lot) return flagged("no_tariff");
  let fee: ReturnType<ComputeFee>;
  try {
    fee = computeFee(lot, { entry: stay.entryAt, exit: stay.exitAt, vehicleClass: stay.vehicleClass });
  } catch (error) {
    console.error(`[parking] no fee for a stay at ${stay.lotId}; flagged for review`, error);
    return flagged("no_tariff");
  }
  if (!Number.isSafeInteger(fee.feeFen) || fee.feeFen < 0) {
    console.error(`[parking] the tariff gave ${fee.feeFen} fen at ${stay.lotId}; flagged for review`);
    return flagged("no_tariff");
  }
  return {
    status: fee.feeFen === 0 ? "paid" : "unpaid",
    flagReason: null,
    feeFen: fee.feeFen,
    breakdown: fee.breakdown,
    billedAt: now,
    paidAt: fee.feeFen === 0 ? now : null,
  };
}
