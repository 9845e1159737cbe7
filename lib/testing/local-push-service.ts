import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TLSSocket } from "node:tls";

export interface ReceivedPush {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The TLS server name (SNI) the sender asked for; false when it sent none (an IP address). */
  servername: string | false | null;
  body: Buffer;
}

export interface LocalPushService {
  /** https://127.0.0.1:<port> */
  origin: string;
  port: number;
  /** A host name the certificate is also valid for; resolve it to 127.0.0.1 yourself (it is not in DNS). */
  hostname: string;
  /** This service's self-signed certificate, to trust it (and only it). */
  ca: Buffer;
  received: ReceivedPush[];
  /** The status the service answers for a path (default 201); "hang" never answers. */
  answer(pathname: string, status: number | "hang"): void;
  close(): Promise<void>;
}

const HOSTNAME = "push-service.test";

/**
 * A real HTTPS push service on 127.0.0.1 for tests: a fresh self-signed certificate (openssl), and a
 * server that records every request. web-push only speaks https, so this is the honest way to test it.
 */
export async function startLocalPushService(): Promise<LocalPushService> {
  const dir = mkdtempSync(path.join(tmpdir(), "push-service-"));
  const keyFile = path.join(dir, "key.pem");
  const certFile = path.join(dir, "cert.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      `subjectAltName=IP:127.0.0.1,DNS:${HOSTNAME}`,
      "-keyout",
      keyFile,
      "-out",
      certFile,
    ],
    { stdio: "ignore" },
  );
  const key = readFileSync(keyFile);
  const cert = readFileSync(certFile);
  rmSync(dir, { recursive: true, force: true });

  const received: ReceivedPush[] = [];
  const answers = new Map<string, number | "hang">();
  const server = createServer({ key, cert }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const pathname = request.url ?? "/";
      received.push({
        method: request.method ?? "",
        path: pathname,
        headers: request.headers,
        servername: (request.socket as TLSSocket).servername,
        body: Buffer.concat(chunks),
      });
      const status = answers.get(pathname) ?? 201;
      if (status === "hang") return;
      response.writeHead(status, { "Content-Type": "text/plain" });
      response.end(status >= 400 ? "push service says no" : "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://127.0.0.1:${port}`,
    port,
    hostname: HOSTNAME,
    ca: cert,
    received,
    answer: (pathname, status) => answers.set(pathname, status),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
