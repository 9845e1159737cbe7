import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { readSignedRequest, verifySignedJson } from "@/lib/http/signed-body";
import { clinicConfig, hisSecretOf } from "./clinic-config";

/**
 * Reads a hospital's signed request: the signature is checked with that hospital's own secret (the body names
 * the hospital, so its bytes are read for `hospitalId` first — an unreadable body is judged with the shared
 * secret and fails there), then the body against `schema`. A hospital outside the credit pilot is refused.
 */
export async function readHisRequest<S extends z.ZodType<{ hospitalId: string }>>(
  request: Request,
  schema: S,
): Promise<z.infer<S>> {
  const signed = await readSignedRequest(request);
  const body = verifySignedJson(hisSecretOf(namedHospital(signed.rawBody)), signed, schema);
  if (!clinicConfig().pilots.has(body.hospitalId))
    throw new AppError("forbidden", "errors.clinic.notPilotHospital", {
      values: { hospitalId: body.hospitalId },
    });
  return body;
}

function namedHospital(rawBody: string): string {
  try {
    const parsed: unknown = JSON.parse(rawBody);
    const named = (parsed as { hospitalId?: unknown } | null)?.hospitalId;
    return typeof named === "string" ? named : "";
  } catch {
    return "";
  }
}
