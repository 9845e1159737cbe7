// Sending fuzz requests and judging the answers: never a 5xx, the error shape, the security headers.
import http from "node:http";

export interface FuzzRequest {
  method: string;
  /** Path and query exactly as sent. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/**
 * Sends a request byte for byte with node's http.request. Not through Playwright's request fixture: it
 * resolves URLs with the WHATWG parser, which collapses `..` and `%2e%2e` segments and escapes raw
 * characters (so hostile paths would not arrive as sent), and its round trip through the driver process
 * doubles the time of a fuzz round. The fixture still signs in and reads the row counts.
 */
export function send(baseURL: string, request: FuzzRequest): Promise<Answer> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers: {
          ...request.headers,
          ...(request.body ? { "content-length": String(request.body.length) } : {}),
        },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(incoming.headers)) {
            if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
          }
          resolve({
            status: incoming.statusCode ?? 0,
            headers,
            text: Buffer.concat(chunks).toString("utf8"),
          });
        });
        incoming.on("error", reject);
      },
    );
    outgoing.setTimeout(30_000, () =>
      outgoing.destroy(new Error(`no answer in 30 s: ${request.method} ${request.path}`)),
    );
    outgoing.on("error", reject);
    outgoing.end(request.body);
  });
}

export interface Expectation {
  /** "reject": only a 4xx will do; "any": a 2xx is fine too (the input may happen to be valid); or one status. */
  status: "reject" | "any" | number;
  /** For a 405: the methods the Allow header must list. */
  allow?: readonly string[];
}

const SECURITY_HEADERS = ["x-content-type-options", "x-frame-options", "referrer-policy"] as const;

/** Everything wrong with an answer; empty when it is fine. */
export function problemsOf(method: string, answer: Answer, expectation: Expectation): string[] {
  const problems: string[] = [];
  const { status, headers } = answer;
  if (status >= 500 || status < 200) problems.push(`status ${status}`);
  else if (typeof expectation.status === "number" && status !== expectation.status) {
    problems.push(`status ${status}, expected ${expectation.status}`);
  } else if (expectation.status === "reject" && status < 400)
    problems.push(`accepted (${status}) input it must refuse`);
  if (headers["x-content-type-options"] !== "nosniff") problems.push("no X-Content-Type-Options: nosniff");
  for (const name of SECURITY_HEADERS.slice(1)) if (!headers[name]) problems.push(`no ${name}`);
  if (status >= 400 && method !== "HEAD") {
    let body: unknown;
    try {
      body = JSON.parse(answer.text);
    } catch {
      problems.push("body is not JSON");
    }
    const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    if (
      body !== undefined &&
      (typeof error?.code !== "string" || typeof error?.message !== "string" || !error.message)
    ) {
      problems.push("not the error shape {error:{code,message}}");
    }
    if (!(headers["content-type"] ?? "").includes("application/json")) {
      problems.push(`content-type ${headers["content-type"] ?? "missing"}`);
    }
  }
  if (status === 405) {
    const allow = headers.allow;
    if (!allow) problems.push("405 without Allow");
    else {
      const listed = allow.split(",").map((m) => m.trim().toUpperCase());
      const missing = (expectation.allow ?? []).filter((m) => !listed.includes(m));
      if (missing.length > 0) problems.push(`Allow "${allow}" lacks ${missing.join(", ")}`);
      if (listed.includes(method)) problems.push(`Allow "${allow}" lists the refused ${method}`);
    }
  }
  return problems;
}

export interface Violation {
  route: string;
  method: string;
  kind: string;
  problems: string[];
  example: string;
  status: number;
  count: number;
}

/** Violations grouped by route, method, kind of input and what went wrong, with the first example of each. */
export class Findings {
  readonly byKey = new Map<string, Violation>();
  requests = 0;
  statuses = new Map<number, number>();

  record(route: string, request: FuzzRequest, kind: string, answer: Answer, problems: string[]) {
    this.requests += 1;
    this.statuses.set(answer.status, (this.statuses.get(answer.status) ?? 0) + 1);
    if (problems.length === 0) return;
    const key = `${route} ${request.method} ${kind} ${problems.join("; ")}`;
    const existing = this.byKey.get(key);
    if (existing) existing.count += 1;
    else {
      const body = request.body ? ` body ${JSON.stringify(request.body.toString("utf8").slice(0, 120))}` : "";
      const cookie = request.headers.cookie?.includes("NEXT_LOCALE")
        ? ` cookie ${request.headers.cookie}`
        : "";
      const answered = ` → ${answer.status} ${JSON.stringify(answer.text.slice(0, 100))}`;
      const example = `${request.method} ${request.path.slice(0, 160)}${body}${cookie}${answered}`;
      this.byKey.set(key, {
        route,
        method: request.method,
        kind,
        problems,
        example,
        status: answer.status,
        count: 1,
      });
    }
  }

  get violations(): Violation[] {
    return [...this.byKey.values()];
  }

  summary(): string {
    return this.violations
      .map(
        (v) =>
          `${v.method} ${v.route} [${v.kind}] ×${v.count}: ${v.problems.join("; ")}\n    e.g. ${v.example}`,
      )
      .join("\n");
  }
}
