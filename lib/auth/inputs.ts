import { z } from "zod";
import { CodeSchema } from "./otp-code";
import { PhoneSchema } from "./phone";

export const OtpRequestInput = z.object({ phone: PhoneSchema }).strict();
export type OtpRequestInput = z.infer<typeof OtpRequestInput>;

export const VerifyInput = z.object({ phone: PhoneSchema, code: CodeSchema }).strict();
export type VerifyInput = z.infer<typeof VerifyInput>;

export const LogoutInput = z.object({ everywhere: z.boolean().optional() }).strict();
export type LogoutInput = z.infer<typeof LogoutInput>;
