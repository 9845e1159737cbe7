// Test support, not app data: a stand-in tariff and helpers to build gate events.
import type { VehicleClass } from "@/lib/db/schema";
import type { ComputeFee } from "@/lib/parking/fee";
import type { StoredGateEvent } from "@/lib/parking/pair-stays";
import { sandboxVinLast6 } from "@/lib/parking/vehicle-licence/sandbox";

/** A test double for the tariff: 5 元 per started hour (10 元 for large vehicles), first 15 minutes free. */
export const testFee: ComputeFee = (lot, stay) => {
  const minutes = Math.ceil((stay.exit.getTime() - stay.entry.getTime()) / 60_000);
  const hours = minutes <= 15 ? 0 : Math.ceil(minutes / 60);
  const rate = stay.vehicleClass === "large" ? 1000 : 500;
  return { feeFen: hours * rate, breakdown: [{ lot: lot.id, hours, rateFen: rate }] };
};

export const LOT = "wl-feilaifeng";
export const OTHER_LOT = "wl-liuhe-park";

let sequence = 0;

/** A gate event with a unique id. */
export function gateEvent(
  plate: string,
  direction: "entry" | "exit",
  at: Date | string,
  lotId = LOT,
): StoredGateEvent {
  sequence += 1;
  return {
    eventId: `t-${Date.now().toString(36)}-${sequence}`,
    lotId,
    plate,
    direction,
    at: typeof at === "string" ? new Date(at) : at,
  };
}

let plateSequence = Math.floor(Math.random() * 50_000);

/** A valid Zhejiang plate no other test in this process uses. */
export function uniquePlate(prefix = "浙A"): string {
  plateSequence = (plateSequence + 1) % 100_000;
  return `${prefix}${String(plateSequence).padStart(5, "0")}`;
}

export const HOUR = 60 * 60 * 1000;

/** Binding input that passes the sandbox vehicle-licence check (VIN tail from the plate's serial). */
export function licensedPlate(plate: string, vehicleClass: VehicleClass = "small") {
  return { plate, vehicleClass, ownerName: "测试车主", vinLast6: sandboxVinLast6(plate) };
}
