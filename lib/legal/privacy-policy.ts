/**
 * The privacy policy in force. A new version (a new date) must be accepted again before the next sign-in code is
 * sent; the text is in lib/i18n/messages/{zh-CN,en}/privacy.json and its sections are listed below.
 */
export const PRIVACY_POLICY_VERSION = "2026-12-06";

/** The policy's sections, in order; each has a heading and a body in privacy.json. */
export const PRIVACY_SECTIONS = [
  "controller",
  "collected",
  "purposes",
  "sharing",
  "retention",
  "rights",
  "minors",
  "contact",
] as const;
