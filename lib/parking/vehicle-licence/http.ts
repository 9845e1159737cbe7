import { z } from "zod";
import { type VehicleLicenceService, VehicleLicenceUnavailableError } from "./types";

export interface HttpVehicleLicenceConfig {
  url: string;
  token: string;
  timeoutMs?: number;
}

const Answer = z.object({ match: z.boolean() });

/**
 * Posts `{ plate, ownerName, vinLast6 }` as JSON with a bearer token to the e-licence service and reads
 * `{ "match": true | false }`; 5 s timeout. Anything else is "unavailable", never a verdict.
 */
export function httpVehicleLicence({
  url,
  token,
  timeoutMs = 5000,
}: HttpVehicleLicenceConfig): VehicleLicenceService {
  return {
    kind: "http",
    check: async ({ plate, ownerName, vinLast6 }) => {
      let response: Response;
      try {
        response = await fetch(url, {
          method: "POST",
          headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
          body: JSON.stringify({ plate, ownerName, vinLast6 }),
          signal: AbortSignal.timeout(timeoutMs),
          redirect: "error",
        });
      } catch (error) {
        const reason = error instanceof Error && error.name === "TimeoutError" ? "timed out" : "unreachable";
        throw new VehicleLicenceUnavailableError(`vehicle-licence service ${reason}`, { cause: error });
      }
      const body: unknown = await response.json().catch(() => undefined);
      if (!response.ok) {
        throw new VehicleLicenceUnavailableError(`vehicle-licence service answered ${response.status}`);
      }
      const answer = Answer.safeParse(body);
      if (!answer.success)
        throw new VehicleLicenceUnavailableError("vehicle-licence service answer malformed");
      return answer.data.match ? "match" : "mismatch";
    },
  };
}
