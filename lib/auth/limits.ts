import type { RateLimitRule } from "@/lib/rate-limit/window";

/** One code per phone per minute: SMS costs money and floods a person's phone. */
export const otpPerPhone = (phone: string): RateLimitRule => ({
  bucket: "auth.otp.phone",
  subject: phone,
  limit: 1,
  windowSeconds: 60,
});

/** Ten codes per hour per client address: one network cannot spam many phones. */
export const otpPerIp = (ip: string): RateLimitRule => ({
  bucket: "auth.otp.ip",
  subject: ip,
  limit: 10,
  windowSeconds: 60 * 60,
});

/** Thirty code checks per ten minutes per client address: nobody brute-forces across many phones. */
export const verifyPerIp = (ip: string): RateLimitRule => ({
  bucket: "auth.verify.ip",
  subject: ip,
  limit: 30,
  windowSeconds: 10 * 60,
});
