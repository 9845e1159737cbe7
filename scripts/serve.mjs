// The production HTTP server: `npm start` and the journeys serve the app through it, never through bare
// `next start`. It does the two things Next cannot do for itself: it takes the client's address from the socket
// (TRUST_PROXY hops), and it keeps request targets that Next's router cannot decode away from that router.
// Usage: node scripts/serve.mjs   (PORT, default 3000; HOST, default 127.0.0.1; TRUST_PROXY, default 0)
import http from "node:http";
import { baseSecurityHeaders } from "../lib/http/base-security-headers.mjs";
import { forwardedFor, trustedHopsFrom } from "./serve/forwarded-for.mjs";
import { isDecodableTarget, MALFORMED_TARGET } from "./serve/request-target.mjs";

// Next answers any other method (TRACE, PROPFIND …) with a bare text 500: such requests end here, in the error shape.
const KNOWN_METHODS = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]);

// Headers a client could use to pretend it came through a proxy; only trusted proxies may set them.
const PROXY_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

// As `next start` does: a production server runs with NODE_ENV=production, set before Next is loaded.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
const trustedHops = trustedHopsFrom(process.env.TRUST_PROXY);
const production = process.env.APP_ENV === "production";

const app = next({ dev: false, hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  request.headers["x-forwarded-for"] = forwardedFor(
    request.headers["x-forwarded-for"],
    request.socket.remoteAddress,
    trustedHops,
  );
  if (trustedHops === 0) for (const name of PROXY_HEADERS) delete request.headers[name];
  if (!KNOWN_METHODS.has(request.method ?? "")) {
    request.resume();
    return reject(
      response,
      501,
      "not_implemented",
      "不支持该请求方法 / This request method is not supported",
    );
  }
  if (!isDecodableTarget(request.url)) request.url = MALFORMED_TARGET;
  handle(request, response).catch((error) => {
    console.error("[serve]", error);
    if (!response.headersSent)
      reject(response, 500, "internal", "服务暂时不可用 / The service is unavailable");
    else response.destroy();
  });
});

// A request line or header Node cannot parse (a NUL in a header, a bad method) never reaches Next.
server.on("clientError", (error, socket) => {
  if (!socket.writable || error.code === "ECONNRESET") return socket.destroy();
  const body = errorBody("malformed_request", "请求格式有误 / The request is malformed");
  const headers = {
    ...baseSecurityHeaders({ production }),
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    Connection: "close",
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  socket.end(`HTTP/1.1 400 Bad Request\r\n${head.join("\r\n")}\r\n\r\n${body}`);
});

function reject(response, status, code, message) {
  response.writeHead(status, {
    ...baseSecurityHeaders({ production }),
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "no-store",
  });
  response.end(errorBody(code, message));
}

function errorBody(code, message) {
  return JSON.stringify({ error: { code, message } });
}

server.listen(port, host, () => {
  console.info(`Ready on http://${host.includes(":") ? `[${host}]` : host}:${port}`);
});

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeAllConnections?.();
    // Next closes its own resources; a stop never waits longer than a few seconds for them.
    setTimeout(() => process.exit(0), 3_000).unref();
    Promise.resolve(app.close?.())
      .catch((error) => console.error("[serve] closing:", error))
      .finally(() => process.exit(0));
  });
}
