import { z } from "zod";
import { PRIVACY_POLICY_VERSION } from "@/lib/legal/privacy-policy";
import { CodeSchema } from "./otp-code";
import { PhoneSchema } from "./phone";
import { ProofInput } from "./proof-input";

/** The version of the privacy policy the person accepted on the sign-in form: it must be the one in force. */
const PrivacyVersion = z
  .string({ error: "auth.errors.privacyConsentRequired" })
  .refine((version) => version === PRIVACY_POLICY_VERSION, { error: "auth.errors.privacyConsentRequired" });

export const OtpRequestInput = z
  .object({ phone: PhoneSchema, privacyVersion: PrivacyVersion, proof: ProofInput.optional() })
  .strict();
export type OtpRequestInput = z.infer<typeof OtpRequestInput>;

export const VerifyInput = z.object({ phone: PhoneSchema, code: CodeSchema }).strict();
export type VerifyInput = z.infer<typeof VerifyInput>;

export const LogoutInput = z.object({ everywhere: z.boolean().optional() }).strict();
export type LogoutInput = z.infer<typeof LogoutInput>;
