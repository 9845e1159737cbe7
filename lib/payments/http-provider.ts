import "server-only";
import { signedHeaders } from "@/lib/http/machine-signature";
import type { DebitAccepted, PaymentProvider } from "./provider";
import { AcceptedBody } from "./provider-protocol";

export interface HttpProviderOptions {
  /** The gateway's base URL, e.g. https://pay.example.com/v1 */
  url: string;
  secret: string;
  timeoutMs?: number;
}

/**
 * The payment provider over HTTP (`provider-protocol.ts`). Any failure — unreachable, timeout, a non-2xx
 * answer or an answer that is not an acceptance — throws, and the caller leaves the request `requested`
 * for the payment job to send again; the gateway deduplicates by idempotency key.
 */
export function createHttpProvider(options: HttpProviderOptions): PaymentProvider {
  const base = options.url.replace(/\/+$/, "");
  const post = async (path: string, payload: unknown): Promise<DebitAccepted> => {
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
    const parsed = AcceptedBody.safeParse(JSON.parse(text || "null"));
    if (!parsed.success) throw new Error(`payment gateway ${path}: not an acceptance`);
    return { status: "accepted", providerRef: parsed.data.providerRef };
  };
  return {
    requestDebit: (request) => post("/debits", { operation: "debits", ...request }),
    requestRefund: (request) => post("/refunds", { operation: "refunds", ...request }),
  };
}
