import "server-only";
import { env } from "@/lib/env";
import { httpVehicleLicence } from "./http";
import { sandboxVehicleLicence } from "./sandbox";
import type { VehicleLicenceService } from "./types";

export type { VehicleLicenceQuery, VehicleLicenceService, VehicleLicenceVerdict } from "./types";
export { VehicleLicenceUnavailableError } from "./types";

/** The service VEHICLE_LICENCE_MODE asks for (env.ts refuses the sandbox in production). */
export function vehicleLicenceFromEnv(): VehicleLicenceService {
  const config = env();
  if (config.VEHICLE_LICENCE_MODE === "http") {
    return httpVehicleLicence({ url: config.VEHICLE_LICENCE_URL!, token: config.VEHICLE_LICENCE_TOKEN! });
  }
  return sandboxVehicleLicence();
}

/** True where the bind form may explain the sandbox rule (never in production). */
export function sandboxLicenceHintAvailable(): boolean {
  return env().VEHICLE_LICENCE_MODE === "sandbox" && env().APP_ENV === "sandbox";
}
