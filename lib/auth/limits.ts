import type { RateLimitRule } from "@/lib/rate-limit/window";

/** One code per phone per minute: SMS costs money and floods a person's phone. */
export const otpPerPhone = (phone: string): RateLimitRule => ({
  bucket: "auth.otp.phone",
  subject: phone,
  limit: 1,
  windowSeconds: 60,
});

/**
 * Thirty codes per hour per client address without more ado: a hotel's front-desk Wi-Fi, an airport or a carrier's
 * NAT puts many guests behind one address (30 is an assumption about a busy front desk's hour, not a measurement).
 * Beyond it, each further code needs a solved proof of work (lib/auth/proof-of-work.ts) instead of a refusal.
 */
export const otpPerIp = (ip: string): RateLimitRule => ({
  bucket: "auth.otp.ip",
  subject: ip,
  limit: 30,
  windowSeconds: 60 * 60,
});

/** Even with proofs of work, 200 codes per hour per address: SMS costs money and a botnet has CPUs too. */
export const otpPerIpWithProof = (ip: string): RateLimitRule => ({
  bucket: "auth.otp.ip-proved",
  subject: ip,
  limit: 200,
  windowSeconds: 60 * 60,
});

/** Thirty code checks per ten minutes per client address: nobody brute-forces across many phones. */
export const verifyPerIp = (ip: string): RateLimitRule => ({
  bucket: "auth.verify.ip",
  subject: ip,
  limit: 30,
  windowSeconds: 10 * 60,
});
