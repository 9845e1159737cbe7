import type { z } from "zod";
import { AppError, parseOrThrow } from "@/lib/errors";
import { checkSignature } from "@/lib/parking/gate-signature";

const MAX_SIGNED_BYTES = 2_000_000;

/**
 * Reads a machine request signed with X-Timestamp / X-Signature: 401 (before anything is parsed or
 * stored) when the signature is wrong or too old, then a 400 for a body that is not the expected JSON.
 */
export async function readSignedJson<S extends z.ZodType>(
  request: Request,
  secret: string,
  schema: S,
): Promise<{ data: z.infer<S>; rawBody: string }> {
  // Refuse an oversized body before reading it into memory (the length header is checked again below).
  if (Number(request.headers.get("content-length") ?? 0) > MAX_SIGNED_BYTES) {
    throw new AppError("bad_request", "errors.validationGeneric");
  }
  const rawBody = await request.text();
  const verdict = checkSignature(
    secret,
    { timestamp: request.headers.get("x-timestamp"), signature: request.headers.get("x-signature") },
    rawBody,
  );
  if (verdict !== "ok") {
    const key = verdict === "stale_timestamp" ? "staleTimestamp" : "badSignature";
    throw new AppError("unauthorized", `errors.parking.${key}`);
  }
  if (rawBody.length > MAX_SIGNED_BYTES) throw new AppError("bad_request", "errors.validationGeneric");
  let data: unknown;
  try {
    data = JSON.parse(rawBody);
  } catch {
    throw new AppError("bad_request", "errors.invalidJson");
  }
  return { data: parseOrThrow(schema, data), rawBody };
}
