import { z } from "zod";
import { shanghaiDate } from "@/lib/time";

// GB 11643-1999: ISO 7064 MOD 11-2 over the first 17 digits.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = "10X98765432";

// Province-level codes of GB/T 2260, plus 83 (Taiwan residents' residence permits) and 91 (as the brief lists).
// Only the province is checked: prefecture and county codes are renamed over the years while the numbers
// people were issued stay valid for life.
const PROVINCE_CODES = new Set([
  ...range(11, 15),
  ...range(21, 23),
  ...range(31, 37),
  ...range(41, 46),
  ...range(50, 54),
  ...range(61, 65),
  71,
  81,
  82,
  83,
  91,
]);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Why a resident identity number was refused: the last part of its message key. */
export type ResidentIdProblem =
  | "residentIdFormat"
  | "residentIdRegion"
  | "residentIdBirthDate"
  | "residentIdBirthBefore1900"
  | "residentIdBirthInFuture"
  | "residentIdChecksum";

/** The check character (0–9 or X) of the first 17 digits of a resident identity number. */
export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError("residentIdCheckCharacter needs exactly 17 digits");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

/** Without spaces, in half-width characters, X upper-case: as the number is stored and compared. */
export function normaliseResidentId(input: string): string {
  // NFKC turns full-width digits and Ｘ from Chinese input methods into ASCII.
  return input.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
}

/** The first rule a normalised resident identity number breaks (birth date judged in Shanghai), or null. */
export function residentIdProblem(id: string, now: Date): ResidentIdProblem | null {
  if (!/^\d{17}[\dX]$/.test(id)) return "residentIdFormat";
  if (!PROVINCE_CODES.has(Number(id.slice(0, 2)))) return "residentIdRegion";
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (!isCalendarDate(year, month, day)) return "residentIdBirthDate";
  if (year < 1900) return "residentIdBirthBefore1900";
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  // ISO dates compare as strings; "today" is the date in China (Asia/Shanghai), not in UTC.
  if (birthDate > shanghaiDate(now)) return "residentIdBirthInFuture";
  if (residentIdCheckCharacter(id.slice(0, 17)) !== id[17]) return "residentIdChecksum";
  return null;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A resident identity number field, checked against the clock `now` gives at parse time. */
export function residentIdNumberSchema(now: () => Date = () => new Date()) {
  return z.string().transform((value, ctx) => {
    const id = normaliseResidentId(value.slice(0, 60));
    const problem = value.length > 60 ? "residentIdFormat" : residentIdProblem(id, now());
    if (!problem) return id;
    // Masked: zod would otherwise put the whole number (personal data) on the issue, and issues get logged.
    ctx.addIssue({ code: "custom", message: `errors.clinic.${problem}`, input: maskResidentId(id) });
    return z.NEVER;
  });
}

/** An 18-character PRC resident identity number (GB 11643-1999), normalised: no spaces, upper-case X. */
export const ResidentIdNumber = residentIdNumberSchema();
export type ResidentIdNumber = z.infer<typeof ResidentIdNumber>;

/** "330106********123X": region and the last four visible, birth date and sequence hidden. */
export function maskResidentId(id: string): string {
  const normalised = normaliseResidentId(id);
  if (normalised.length <= 10) return "*".repeat(normalised.length);
  return `${normalised.slice(0, 6)}${"*".repeat(normalised.length - 10)}${normalised.slice(-4)}`;
}

// Separator dots that input methods produce instead of U+00B7 in names such as 阿卜杜拉·艾则孜.
const DOT_LOOKALIKES = /[•・･‧∙⋅]/g;
// Ordinary, no-break and ideographic spaces collapse to one; tabs and newlines are control characters and refused.
const SPACES = /[ \u00A0\u3000]+/g;
const WITHHELD = "(withheld)";
// Letters of any script, with their combining marks (Tibetan, Devanagari, accents); dot and space inside only.
const NAME_PATTERN = /^\p{L}[\p{L}\p{M}· ]*[\p{L}\p{M}]$/u;

/** A real name as on the identity card: 2–30 characters, letters of any script, "·" and spaces. */
export const RealName = z.string().transform((value, ctx) => {
  const refuse = (problem: "realNameLength" | "realNameCharacters") => {
    // A name is personal data: the issue says what is wrong, not what was typed.
    ctx.addIssue({ code: "custom", message: `errors.clinic.${problem}`, input: WITHHELD });
    return z.NEVER;
  };
  if (value.length > 200) return refuse("realNameLength");
  const name = value.normalize("NFC").replace(DOT_LOOKALIKES, "·").replace(SPACES, " ").trim();
  const length = [...name].length;
  if (length < 2 || length > 30) return refuse("realNameLength");
  if (!NAME_PATTERN.test(name)) return refuse("realNameCharacters");
  return name;
});
export type RealName = z.infer<typeof RealName>;
