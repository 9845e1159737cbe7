// The one way client code talks to our API: a timeout on every call, and one error type for every failure.

/**
 * How long a call may take, answer body included, before it counts as a timeout. Long enough for a slow
 * mobile network (the service worker answers from its cache within 3 s when the network hangs), short
 * enough that a button never spins forever.
 */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * What went wrong: the server answered with an error (`http`), there was no answer (`network`), none in time
 * (`timeout`), or a success whose body was not the JSON expected (`invalid`).
 */
export type ApiErrorKind = "http" | "network" | "timeout" | "invalid";

interface ApiErrorInit {
  kind: ApiErrorKind;
  status?: number;
  code?: string;
  serverMessage?: string;
  reason?: string;
  retryAfterSeconds?: number;
  /** A proof-of-work challenge the server asks to be solved before it tries again (sign-in on busy networks). */
  challenge?: unknown;
  /** A refused body's problems, one per field (`path` names it), in the person's language. */
  issues?: ApiIssue[];
  cause?: unknown;
}

/** One problem of a refused request body: the field (`path`, e.g. "idNumber") and what is wrong with it. */
export interface ApiIssue {
  path: string;
  message: string;
}

/** A failed API call; `serverMessage` is the server's own words, already in the person's language. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** The HTTP status, 0 when there was no answer. */
  readonly status: number;
  readonly code?: string;
  readonly serverMessage?: string;
  /** error.reason, where the server names a refusal the page can offer a next step for. */
  readonly reason?: string;
  readonly retryAfterSeconds?: number;
  readonly challenge?: unknown;
  readonly issues?: ApiIssue[];

  constructor(init: ApiErrorInit) {
    const status = init.status ?? 0;
    super(init.serverMessage ?? (init.kind === "http" ? `HTTP ${status}` : init.kind), { cause: init.cause });
    this.name = "ApiError";
    this.kind = init.kind;
    this.status = status;
    this.code = init.code;
    this.serverMessage = init.serverMessage;
    this.reason = init.reason;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.challenge = init.challenge;
    this.issues = init.issues;
  }

  /** No answer at all (offline, or none in time): "no connection" rather than "the server said no". */
  get unreachable(): boolean {
    return this.kind === "network" || this.kind === "timeout";
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface ApiOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  timeoutMs?: number;
  signal?: AbortSignal;
  fetchImpl?: FetchLike;
}

/** A successful answer: its parsed JSON body (undefined when empty), status and headers. */
export interface ApiAnswer<T> {
  data: T;
  status: number;
  headers: Headers;
}

/**
 * Calls a same-origin JSON API. Resolves with a 2xx answer; anything else rejects with an `ApiError` (a
 * caller's own abort rejects with the caller's abort reason).
 */
export async function apiFetch<T = unknown>(url: string, options: ApiOptions = {}): Promise<ApiAnswer<T>> {
  const { method = "GET", body, timeoutMs = DEFAULT_TIMEOUT_MS, signal, fetchImpl = defaultFetch } = options;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCallerAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) onCallerAbort();
  else signal?.addEventListener("abort", onCallerAbort, { once: true });
  const failure = (cause: unknown): unknown => {
    if (timedOut) return new ApiError({ kind: "timeout", cause });
    if (signal?.aborted) return signal.reason ?? cause;
    return new ApiError({ kind: "network", cause });
  };

  try {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method,
        headers: {
          Accept: "application/json",
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
          ...options.headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: "same-origin",
        cache: "no-store",
        signal: controller.signal,
      });
    } catch (cause) {
      throw failure(cause);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      throw failure(cause);
    }
    const parsed = parseJson(text);
    if (!response.ok) throw httpError(response.status, parsed.ok ? parsed.value : undefined);
    if (!parsed.ok) {
      throw new ApiError({ kind: "invalid", status: response.status, code: "not_json" });
    }
    return { data: parsed.value as T, status: response.status, headers: response.headers };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onCallerAbort);
  }
}

/** GETs JSON. */
export async function getJson<T>(url: string, options: Omit<ApiOptions, "method" | "body"> = {}): Promise<T> {
  return (await apiFetch<T>(url, { ...options, method: "GET" })).data;
}

/** Sends `body` (if any) as JSON with `method` and gives the answer's JSON (undefined when it has none). */
export async function sendJson<T = unknown>(
  method: "POST" | "PUT" | "PATCH" | "DELETE",
  url: string,
  body?: unknown,
  options: Omit<ApiOptions, "method" | "body"> = {},
): Promise<T> {
  return (await apiFetch<T>(url, { ...options, method, body })).data;
}

// Read at call time, so a test's stubbed fetch (or a polyfill loaded later) is used.
const defaultFetch: FetchLike = (input, init) => fetch(input, init);

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The API's one error shape: `{ error: { code, message, reason?, retryAfterSeconds? } }`. */
function httpError(status: number, body: unknown): ApiError {
  const error =
    typeof body === "object" && body !== null
      ? (body as { error?: Record<string, unknown> }).error
      : undefined;
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
  return new ApiError({
    kind: "http",
    status,
    code: text(error?.code),
    serverMessage: text(error?.message),
    reason: text(error?.reason),
    retryAfterSeconds: typeof error?.retryAfterSeconds === "number" ? error.retryAfterSeconds : undefined,
    challenge: error?.challenge ?? undefined,
    issues: issuesOf(error?.issues),
  });
}

function issuesOf(value: unknown): ApiIssue[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const issues = value.filter(
    (issue): issue is ApiIssue =>
      typeof issue === "object" &&
      issue !== null &&
      typeof (issue as ApiIssue).path === "string" &&
      typeof (issue as ApiIssue).message === "string",
  );
  return issues.length > 0 ? issues : undefined;
}
