// Test support: stays written on the Hangzhou wall clock.
import { fromShanghai } from "@/lib/time";
import type { Stay, VehicleClass } from "./tariff-schema";

/** A stay from `date time` for `minutes` (Asia/Shanghai). */
export function stayOf(
  date: string,
  time: string,
  minutes: number,
  vehicleClass: VehicleClass = "small",
): Stay {
  const entry = fromShanghai(date, time);
  return { entry, exit: new Date(entry.getTime() + minutes * 60_000), vehicleClass };
}

/** A stay between two wall-clock instants "YYYY-MM-DD HH:MM" (Asia/Shanghai). */
export function stayBetween(from: string, to: string, vehicleClass: VehicleClass = "small"): Stay {
  const [fromDate = "", fromTime = ""] = from.split(" ");
  const [toDate = "", toTime = ""] = to.split(" ");
  return { entry: fromShanghai(fromDate, fromTime), exit: fromShanghai(toDate, toTime), vehicleClass };
}
