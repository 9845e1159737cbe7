import "server-only";
import type { z } from "zod";
import { signedHeaders } from "@/lib/http/machine-signature";
import type { PaymentProvider } from "./provider";
import { AcceptedBody, PaymentAcceptedBody } from "./provider-protocol";

export interface HttpProviderOptions {
  /** The gateway's base URL, e.g. https://pay.example.com/v1 */
  url: string;
  secret: string;
  timeoutMs?: number;
  /** Shown on receipts; defaults to the gateway's host. */
  name?: string;
}

/**
 * The payment provider over HTTP (`provider-protocol.ts`). Any failure — unreachable, timeout, a non-2xx
 * answer or an answer that is not an acceptance — throws, and the caller leaves the request `requested`
 * for the payment job to send again; the gateway deduplicates by idempotency key.
 */
export function createHttpProvider(options: HttpProviderOptions): PaymentProvider {
  const base = options.url.replace(/\/+$/, "");
  const post = async <T>(path: string, payload: unknown, answer: z.ZodType<T>): Promise<T> => {
    const body = JSON.stringify(payload);
    const response = await fetch(`${base}${path}`, {
      method: "POST",
      headers: signedHeaders(options.secret, body),
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`payment gateway ${path}: HTTP ${response.status} ${text.slice(0, 200)}`);
    let json: unknown = null;
    try {
      json = JSON.parse(text || "null");
    } catch {
      // Not JSON: reported below as not an acceptance.
    }
    const parsed = answer.safeParse(json);
    if (!parsed.success) throw new Error(`payment gateway ${path}: not an acceptance`);
    return parsed.data;
  };
  return {
    name: options.name ?? new URL(base).host,
    requestDebit: async (request) => {
      const { providerRef } = await post("/debits", { operation: "debits", ...request }, AcceptedBody);
      return { status: "accepted", providerRef };
    },
    requestPayment: async (request) => {
      const { providerRef, checkoutUrl } = await post(
        "/payments",
        { operation: "payments", ...request },
        PaymentAcceptedBody,
      );
      return { status: "accepted", providerRef, checkoutUrl };
    },
    requestRefund: async (request) => {
      const { providerRef } = await post("/refunds", { operation: "refunds", ...request }, AcceptedBody);
      return { status: "accepted", providerRef };
    },
  };
}
