import { quoteOffStreet } from "./offstreet-tariff";
import { quoteStreet } from "./street-tariff";
import type { Quote, Stay, Tariff } from "./tariff-schema";
import { quoteWestLake } from "./westlake-tariff";

export {
  type FeeLine,
  type FeeLineKind,
  type FreeDays,
  OffStreetTariff,
  type Quote,
  type Stay,
  StreetTariff,
  Tariff,
  VehicleClass,
  WestLakeTariff,
} from "./tariff-schema";

/** The fee of one stay under a tariff, with the lines that make it up (feeFen = sum of the lines). */
export function quoteStay(tariff: Tariff, stay: Stay): Quote {
  if (stay.exit.getTime() < stay.entry.getTime()) throw new RangeError("exit is before entry");
  switch (tariff.kind) {
    case "street":
      return quoteStreet(tariff, stay);
    case "westlake":
      return quoteWestLake(tariff, stay);
    case "offstreet":
      return quoteOffStreet(tariff, stay);
  }
}
