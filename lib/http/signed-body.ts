import type { z } from "zod";
import { AppError, parseOrThrow } from "@/lib/errors";
import { checkSignature } from "@/lib/http/machine-signature";
import { readCappedText } from "./body-reader";
import { rejectUncleanText } from "./clean-text";

const MAX_SIGNED_BYTES = 2_000_000;

export interface SignedRequest {
  headers: { timestamp: string | null; signature: string | null };
  rawBody: string;
}

/** Reads a machine request's signature headers and raw body (over 2 MB: a 413, without reading it whole). */
export async function readSignedRequest(request: Request): Promise<SignedRequest> {
  const rawBody = await readCappedText(request, MAX_SIGNED_BYTES);
  return {
    headers: { timestamp: request.headers.get("x-timestamp"), signature: request.headers.get("x-signature") },
    rawBody,
  };
}

/**
 * Checks a signed request: 401 (before anything is parsed or stored) when the signature is wrong or too
 * old, then a 400 for a body that is not the expected JSON or holds a NUL or a lone surrogate anywhere.
 */
export function verifySignedJson<S extends z.ZodType>(
  secret: string,
  { headers, rawBody }: SignedRequest,
  schema: S,
  now = new Date(),
): z.infer<S> {
  const verdict = checkSignature(secret, headers, rawBody, now);
  if (verdict !== "ok") {
    const key = verdict === "stale_timestamp" ? "staleTimestamp" : "badSignature";
    throw new AppError("unauthorized", `errors.parking.${key}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(rawBody);
  } catch {
    throw new AppError("bad_request", "errors.invalidJson");
  }
  rejectUncleanText(data);
  return parseOrThrow(schema, data);
}

/** Reads and checks a machine request signed with X-Timestamp / X-Signature (see verifySignedJson). */
export async function readSignedJson<S extends z.ZodType>(
  request: Request,
  secret: string,
  schema: S,
): Promise<{ data: z.infer<S>; rawBody: string }> {
  const signed = await readSignedRequest(request);
  return { data: verifySignedJson(secret, signed, schema), rawBody: signed.rawBody };
}
