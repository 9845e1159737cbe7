/** A complete production configuration: the server starts with it (env tests, and tests outside the sandbox). */
export const PRODUCTION_ENV_SOURCE: Record<string, string> = {
  APP_ENV: "production",
  SMS_MODE: "http",
  SMS_HTTP_URL: "https://sms.example.invalid/send",
  SMS_HTTP_TOKEN: "t0ken",
  AUTH_SECRET: "x".repeat(32),
  VAPID_PUBLIC_KEY: "pub",
  VAPID_PRIVATE_KEY: "priv",
  GATE_SHARED_SECRET: "g".repeat(32),
  PAYMENTS_CALLBACK_SECRET: "p".repeat(32),
  PAYMENTS_MODE: "http",
  PAYMENTS_PROVIDER_URL: "https://pay.example.invalid/v1",
  PAYMENTS_PROVIDER_SECRET: "q".repeat(32),
  OPERATOR_SHARED_SECRET: "o".repeat(32),
  VEHICLE_LICENCE_MODE: "http",
  VEHICLE_LICENCE_URL: "https://licence.example.invalid/v1/check",
  VEHICLE_LICENCE_TOKEN: "l1cence",
};
