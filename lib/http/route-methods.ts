import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { withSecurityHeaders } from "./api-guard";
import { errorResponse } from "./error-response";
import { allowedMethods, HTTP_METHODS, type HttpMethod } from "./http-methods";
import { requestLocale } from "./request-locale";

// biome-ignore lint/suspicious/noExplicitAny: each handler keeps its own context type (Next checks it at build).
type Handler = (request: NextRequest, context: any) => Response | Promise<Response>;
type MethodNotAllowed = (request: NextRequest) => Response;
type Handlers = Partial<Record<Exclude<HttpMethod, "HEAD" | "OPTIONS">, Handler>>;

export type RouteMethods<H extends Handlers> = {
  [M in HttpMethod]: M extends keyof H
    ? NonNullable<H[M]>
    : M extends "HEAD"
      ? "GET" extends keyof H
        ? NonNullable<H["GET"]>
        : MethodNotAllowed
      : M extends "OPTIONS"
        ? () => Response
        : MethodNotAllowed;
};

/**
 * Every HTTP method of a route file, so none is left to Next's bare 405: the given handlers, HEAD as GET,
 * OPTIONS with the Allow header, and every other method a 405 in the error shape with Allow.
 * Use: `export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ GET: …, POST: … });`
 */
export function routeMethods<H extends Handlers>(handlers: H): RouteMethods<H> {
  const allow = allowedMethods(Object.keys(handlers));
  const methodNotAllowed: MethodNotAllowed = (request) => {
    const response = errorResponse(
      new AppError("method_not_allowed", "errors.methodNotAllowed", { values: { allow } }),
      requestLocale(request),
    );
    response.headers.set("Allow", allow);
    return withSecurityHeaders(response);
  };
  const given = handlers as Partial<Record<HttpMethod, Handler>>;
  const methods = Object.fromEntries(
    HTTP_METHODS.map((method) => [method, given[method] ?? methodNotAllowed]),
  );
  methods.HEAD = given.GET ?? methodNotAllowed;
  methods.OPTIONS = () => withSecurityHeaders(new Response(null, { status: 204, headers: { Allow: allow } }));
  return methods as RouteMethods<H>;
}
