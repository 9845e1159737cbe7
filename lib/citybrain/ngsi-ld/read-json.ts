import { UpstreamError } from "../upstream-error";
import { parseProblemDetails } from "./problem-details";

export interface JsonList {
  items: unknown[];
  /** From `NGSILD-Results-Count`, when the broker sent it. */
  total?: number;
}

/**
 * One GET that must answer 200 with a JSON array. Failures become UpstreamErrors: fetch rejecting →
 * network (or timeout when our signal aborted it); an error status → http with the broker's
 * ProblemDetails; a body that is not a JSON array → malformed.
 */
export async function readJsonList(
  fetchImpl: typeof fetch,
  url: URL,
  headers: Record<string, string>,
  signal: AbortSignal | undefined,
  label: string,
): Promise<JsonList> {
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(url, { headers, signal });
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw new UpstreamError("timeout", `${label}: request aborted`, { cause: error });
    throw new UpstreamError("network", `${label}: ${describeFetchError(error)}`, { cause: error });
  }
  if (!response.ok) {
    const problem = parseProblemDetails(text);
    const summary = [problem?.title, problem?.detail].filter(Boolean).join(": ");
    throw new UpstreamError("http", `${label}: HTTP ${response.status}${summary ? ` ${summary}` : ""}`, {
      status: response.status,
      problem,
    });
  }
  if (response.status !== 200) {
    // e.g. 206 Partial Content: a broker truncating temporal instances; a partial history is not served.
    throw new UpstreamError("malformed", `${label}: unexpected HTTP ${response.status}`, {
      status: response.status,
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new UpstreamError("malformed", `${label}: the answer is not JSON`, { cause: error });
  }
  if (!Array.isArray(body)) throw new UpstreamError("malformed", `${label}: the answer is not a JSON array`);
  return { items: body, total: resultsCount(response.headers.get("NGSILD-Results-Count")) };
}

function resultsCount(header: string | null): number | undefined {
  if (header === null || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim());
}

function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ? `${error.message} (${cause.code})` : error.message;
}
