import { type SmsProvider, SmsSendError } from "./types";

export interface HttpSmsConfig {
  url: string;
  token: string;
  timeoutMs?: number;
}

/** Posts `{ phone, text }` as JSON to an SMS gateway with a bearer token; 5 s timeout. */
export function httpSmsProvider({ url, token, timeoutMs = 5000 }: HttpSmsConfig): SmsProvider {
  return {
    kind: "http",
    send: async ({ phone, text }) => {
      let response: Response;
      try {
        response = await fetch(url, {
          method: "POST",
          headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
          body: JSON.stringify({ phone, text }),
          signal: AbortSignal.timeout(timeoutMs),
          redirect: "error",
        });
      } catch (error) {
        const reason = error instanceof Error && error.name === "TimeoutError" ? "timed out" : "unreachable";
        throw new SmsSendError(`SMS gateway ${reason}`, { cause: error });
      }
      // The body is drained so the connection can be reused; its content is not needed.
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) throw new SmsSendError(`SMS gateway answered ${response.status}`);
      return {};
    },
  };
}
