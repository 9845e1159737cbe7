import { z } from "zod";

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/**
 * Turns what people type into 11 digits: full-width digits become ASCII, spaces, dashes and dots go,
 * and a leading +86 / 0086 / 86 country code is dropped. Returns null when the result is not a
 * mainland mobile number.
 */
export function normalisePhone(input: string): string | null {
  const digits = input
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\-‐‑–—.()（）]/g, "")
    .replace(/^＋/, "+");
  const national = digits.replace(/^(\+86|0086|86)(?=\d{11}$)/, "");
  return MAINLAND_MOBILE.test(national) ? national : null;
}

/** A phone field: accepts the forms people type and yields the 11-digit number. */
export const PhoneSchema = z
  .string()
  .max(40, { error: "auth.errors.phoneInvalid" })
  .transform((value, ctx) => {
    const phone = normalisePhone(value);
    if (phone) return phone;
    ctx.addIssue({ code: "custom", message: "auth.errors.phoneInvalid", input: value });
    return z.NEVER;
  });
