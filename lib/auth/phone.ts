import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import { z } from "zod";

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/** Calling regions the sign-in form offers first: the mainland, then Hong Kong, Macao and Taiwan. */
export const FIRST_REGIONS = [
  { region: "CN", dial: "86" },
  { region: "HK", dial: "852" },
  { region: "MO", dial: "853" },
  { region: "TW", dial: "886" },
] as const;

/** What people type, tidied: full-width digits to ASCII; spaces, dashes, dots and brackets gone; 00 → +. */
function tidy(input: string): string {
  return input
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\-‐‑–—.()（）]/g, "")
    .replace(/^＋/, "+")
    .replace(/^00(?=[1-9])/, "+");
}

/**
 * Turns what people type into E.164 (`+8613800138000`). A number without a country code is a mainland mobile
 * (11 digits, or 86 + 11 digits); others carry theirs (`+852 9123 4567`, `+44 7700 900123`). SMS codes go to
 * mobiles, so a mainland number must be a mobile; elsewhere the number must be valid for its country (its
 * length and leading digits, per libphonenumber's metadata). Returns null when it is not a number we can text.
 */
export function normalisePhone(input: string): string | null {
  const typed = tidy(input);
  if (!typed.startsWith("+")) {
    const national = typed.replace(/^86(?=\d{11}$)/, "");
    return MAINLAND_MOBILE.test(national) ? `+86${national}` : null;
  }
  if (!/^\+[1-9]\d{6,15}$/.test(typed)) return null;
  if (typed.startsWith("+86")) return MAINLAND_MOBILE.test(typed.slice(3)) ? typed : null;
  const parsed = parsePhoneNumberFromString(typed);
  return parsed?.isValid() ? parsed.number : null;
}

/** For showing who is signed in: the mainland as 138****8000, others as +852 ****4567. */
export function maskPhone(e164: string): string {
  if (e164.startsWith("+86")) {
    const national = e164.slice(3);
    return `${national.slice(0, 3)}****${national.slice(-4)}`;
  }
  const dial = parsePhoneNumberFromString(e164)?.countryCallingCode ?? "";
  return `+${dial} ****${e164.slice(-4)}`;
}

/** A phone field: accepts the forms people type and yields the number in E.164. */
export const PhoneSchema = z
  .string()
  .max(40, { error: "auth.errors.phoneInvalid" })
  .transform((value, ctx) => {
    const phone = normalisePhone(value);
    if (phone) return phone;
    ctx.addIssue({ code: "custom", message: "auth.errors.phoneInvalid", input: value });
    return z.NEVER;
  });
