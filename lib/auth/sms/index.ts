import "server-only";
import { env } from "@/lib/env";
import { httpSmsProvider } from "./http";
import { sandboxSmsProvider } from "./sandbox";
import type { SmsProvider } from "./types";

export type { SmsMessage, SmsProvider } from "./types";
export { SmsSendError } from "./types";

/** The provider SMS_MODE asks for (env.ts already refused to start if http lacks its config). */
export function smsProviderFromEnv(): SmsProvider {
  const config = env();
  if (config.SMS_MODE === "http") {
    return httpSmsProvider({ url: config.SMS_HTTP_URL!, token: config.SMS_HTTP_TOKEN! });
  }
  return sandboxSmsProvider();
}
