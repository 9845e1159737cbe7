import { type ApiResult, postJson } from "@/components/auth/post-json";

/** DELETE that never throws (network failure → status 0), with the server's message like `postJson`. */
export async function deleteJson(url: string): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(url, { method: "DELETE", credentials: "same-origin" });
  } catch {
    return { ok: false, status: 0 };
  }
  if (response.ok) return { ok: true, status: response.status };
  const body = (await response.json().catch(() => undefined)) as
    | { error?: { message?: unknown } }
    | undefined;
  const message = body?.error?.message;
  return { ok: false, status: response.status, message: typeof message === "string" ? message : undefined };
}

/** PUT of JSON that never throws, with the server's message like `postJson`. */
export async function putJson(url: string, body: unknown): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, status: 0 };
  }
  if (response.ok) return { ok: true, status: response.status };
  const parsed = (await response.json().catch(() => undefined)) as
    | { error?: { message?: unknown } }
    | undefined;
  const message = parsed?.error?.message;
  return { ok: false, status: response.status, message: typeof message === "string" ? message : undefined };
}

export { postJson };
