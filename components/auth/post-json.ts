/** The answer of one API call: the parsed body (if any) and, for an error, the server's own message. */
export interface ApiResult<T> {
  ok: boolean;
  status: number;
  data?: T;
  /** error.message from the one error shape, already in the person's language. */
  message?: string;
  retryAfterSeconds?: number;
  /** error.reason, where the server names a refusal the page can offer a next step for. */
  reason?: string;
}

/** POSTs JSON and never throws: a network failure comes back as status 0. */
export async function postJson<T>(url: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, status: 0 };
  }
  const parsed: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, status: response.status, data: parsed as T };
  const error = (
    parsed as { error?: { message?: unknown; retryAfterSeconds?: unknown; reason?: unknown } } | undefined
  )?.error;
  return {
    ok: false,
    status: response.status,
    message: typeof error?.message === "string" ? error.message : undefined,
    retryAfterSeconds: typeof error?.retryAfterSeconds === "number" ? error.retryAfterSeconds : undefined,
    reason: typeof error?.reason === "string" ? error.reason : undefined,
  };
}
