import { describe, expect, it } from "vitest";
import { UpstreamError, type UpstreamErrorKind } from "./upstream-error";

const cases: { kind: UpstreamErrorKind; status?: number; retryable: boolean; upstreamFault: boolean }[] = [
  { kind: "network", retryable: true, upstreamFault: true },
  { kind: "timeout", retryable: true, upstreamFault: true },
  { kind: "http", status: 500, retryable: true, upstreamFault: true },
  { kind: "http", status: 503, retryable: true, upstreamFault: true },
  { kind: "http", status: 429, retryable: true, upstreamFault: true },
  { kind: "http", status: 400, retryable: false, upstreamFault: false },
  { kind: "http", status: 404, retryable: false, upstreamFault: false },
  { kind: "http", status: 422, retryable: false, upstreamFault: false },
  { kind: "malformed", retryable: false, upstreamFault: true },
  { kind: "circuit-open", retryable: false, upstreamFault: false },
];

describe("UpstreamError", () => {
  it.each(cases)("$kind $status → retryable $retryable", ({ kind, status, retryable, upstreamFault }) => {
    const error = new UpstreamError(kind, "x", { status });
    expect(error.isRetryable()).toBe(retryable);
    expect(error.isUpstreamFault()).toBe(upstreamFault);
  });

  it("keeps the broker's ProblemDetails", () => {
    const error = new UpstreamError("http", "bad", {
      status: 400,
      problem: { type: "https://uri.etsi.org/ngsi-ld/errors/BadRequestData", title: "Bad", detail: "limit" },
    });
    expect(error).toMatchObject({
      name: "UpstreamError",
      kind: "http",
      status: 400,
      type: "https://uri.etsi.org/ngsi-ld/errors/BadRequestData",
      title: "Bad",
      detail: "limit",
    });
    expect(error).toBeInstanceOf(Error);
  });
});
