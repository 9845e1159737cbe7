import type { VehicleLicenceService } from "./types";

/**
 * The sandbox licence rule (documented for testers and demos): the last 6 characters of a plate's VIN are
 * the plate's serial — everything after the province character and the city letter — padded on the left
 * with "0" to 6 characters, with any Q read as 0 (a VIN never contains Q). 浙A12345 → 012345; new-energy
 * 浙AD12345 → D12345 and 浙A12345D → 12345D; 浙AQ7K21 → 007K21. The owner's name is not checked here (any
 * name the form accepts passes); the real service checks both.
 */
export function sandboxVinLast6(plate: string): string {
  return Array.from(plate).slice(2).join("").toUpperCase().replaceAll("Q", "0").padStart(6, "0");
}

/** Answers from the rule above, deterministically and without any network. Never used in production. */
export function sandboxVehicleLicence(): VehicleLicenceService {
  return {
    kind: "sandbox",
    check: async ({ plate, vinLast6 }) => (vinLast6 === sandboxVinLast6(plate) ? "match" : "mismatch"),
  };
}
