/** The regions the sign-in form offers; "OTHER" means the number is typed with its country code. */
export const PHONE_REGIONS = ["CN", "HK", "MO", "TW", "OTHER"] as const;
export type PhoneRegion = (typeof PHONE_REGIONS)[number];

const DIAL: Record<Exclude<PhoneRegion, "CN" | "OTHER">, string> = { HK: "852", MO: "853", TW: "886" };

/** What the server is sent: the number as typed, with the chosen region's code unless it already has one. */
export function phoneForRegion(region: PhoneRegion, typed: string): string {
  const number = typed.trim();
  if (region === "CN" || region === "OTHER" || /^[+＋]|^00/.test(number)) return number;
  return `+${DIAL[region]} ${number}`;
}
