import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { z } from "zod";

export const CODE_LENGTH = 6;
export const CODE_TTL_MS = 5 * 60 * 1000;
export const MAX_FAILED_ATTEMPTS = 5;

/** Six random digits from the operating system's CSPRNG. */
export function generateCode(): string {
  return String(randomInt(0, 10 ** CODE_LENGTH)).padStart(CODE_LENGTH, "0");
}

/** HMAC-SHA256 of "phone:code": what we store instead of the code. */
export function hashCode(secret: string, phone: string, code: string): string {
  return createHmac("sha256", secret).update(`${phone}:${code}`).digest("hex");
}

/** Constant-time comparison of two hex hashes. */
export function hashesMatch(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** A code field: six digits; full-width digits and spaces from Chinese keyboards are accepted. */
export const CodeSchema = z
  .string()
  .max(20, { error: "auth.errors.codeFormat" })
  .transform((value) => value.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)))
  .transform((value) => value.replace(/[\s\u3000-]/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, { error: "auth.errors.codeFormat" }));
