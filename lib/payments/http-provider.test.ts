import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSignature } from "@/lib/http/machine-signature";
import { createHttpProvider } from "./http-provider";
import { DebitBody, PaymentBody, RefundBody } from "./provider-protocol";

const SECRET = "gateway-test-secret-0123456789abcdef";
type Reply = (req: IncomingMessage, body: string, res: ServerResponse) => void;
let reply: Reply;
const seen: { path: string; body: unknown }[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => reply(req, body, res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A gateway that checks the signature and the body as the protocol says, then accepts. */
const honest: Reply = (req, body, res) => {
  const verdict = checkSignature(
    SECRET,
    { timestamp: String(req.headers["x-timestamp"]), signature: String(req.headers["x-signature"]) },
    body,
  );
  const schema = { "/v1/debits": DebitBody, "/v1/payments": PaymentBody }[req.url!] ?? RefundBody;
  const parsed = schema.safeParse(JSON.parse(body));
  if (verdict !== "ok" || !parsed.success) {
    res.writeHead(verdict === "ok" ? 400 : 401).end();
    return;
  }
  seen.push({ path: req.url!, body: parsed.data });
  res.writeHead(202, { "Content-Type": "application/json" });
  const checkout = req.url === "/v1/payments" ? { checkoutUrl: `https://pay.example/c/${seen.length}` } : {};
  res.end(JSON.stringify({ status: "accepted", providerRef: `ref-${seen.length}`, ...checkout }));
};

const debit = {
  idempotencyKey: "stay-1",
  agreementId: "00000000-0000-4000-8000-000000000001",
  amountFen: 1500,
  description: "Parking 浙A12345 @ wl-feilaifeng",
};
const payment = {
  idempotencyKey: "stay-1:manual:1",
  amountFen: 1500,
  description: "Parking 浙A12345 @ wl-feilaifeng",
  payee: "杭州城市大脑停车",
  returnUrl: "https://app.example/api/payments/return?next=%2Fme%2Fbills%2Fstay-1",
};
const refund = { idempotencyKey: "r-1", paymentKey: "stay-1", amountFen: 500, description: "Refund" };

describe("createHttpProvider", () => {
  it("sends signed debits and refunds, each naming its operation, to the gateway's paths and returns its acceptance", async () => {
    reply = honest;
    const provider = createHttpProvider({ url, secret: SECRET });
    await expect(provider.requestDebit(debit)).resolves.toEqual({ status: "accepted", providerRef: "ref-1" });
    await expect(provider.requestRefund(refund)).resolves.toMatchObject({ status: "accepted" });
    expect(seen).toEqual([
      { path: "/v1/debits", body: { operation: "debits", ...debit } },
      { path: "/v1/refunds", body: { operation: "refunds", ...refund } },
    ]);
  });

  it("throws — so the request is sent again later — on a wrong secret, an error, a non-acceptance or a timeout", async () => {
    reply = honest;
    await expect(createHttpProvider({ url, secret: "wrong" }).requestDebit(debit)).rejects.toThrow(
      /HTTP 401/,
    );
    reply = (_req, _body, res) => res.writeHead(503).end("busy");
    await expect(createHttpProvider({ url, secret: SECRET }).requestDebit(debit)).rejects.toThrow(/HTTP 503/);
    reply = (_req, _body, res) => res.writeHead(200).end(JSON.stringify({ status: "maybe" }));
    await expect(createHttpProvider({ url, secret: SECRET }).requestRefund(refund)).rejects.toThrow(
      /not an acceptance/,
    );
    reply = () => {};
    await expect(
      createHttpProvider({ url, secret: SECRET, timeoutMs: 200 }).requestDebit(debit),
    ).rejects.toThrow();
  });

  it("opens a one-off payment: signed, naming the payments operation, without an agreement; returns the checkout", async () => {
    reply = honest;
    seen.length = 0;
    const provider = createHttpProvider({ url, secret: SECRET });
    await expect(provider.requestPayment(payment)).resolves.toEqual({
      status: "accepted",
      providerRef: "ref-1",
      checkoutUrl: "https://pay.example/c/1",
    });
    expect(seen).toEqual([{ path: "/v1/payments", body: { operation: "payments", ...payment } }]);
    expect(provider.name).toBe(new URL(url).host);
  });

  it("refuses a one-off acceptance without a usable checkout, and throws on errors as for debits", async () => {
    const provider = createHttpProvider({ url, secret: SECRET });
    for (const answer of [
      { status: "accepted", providerRef: "ref-9" },
      { status: "accepted", providerRef: "ref-9", checkoutUrl: "javascript:alert(1)" },
      { status: "accepted", providerRef: "ref-9", checkoutUrl: "/relative" },
    ]) {
      reply = (_req, _body, res) => res.writeHead(202).end(JSON.stringify(answer));
      await expect(provider.requestPayment(payment)).rejects.toThrow(/not an acceptance/);
    }
    reply = (_req, _body, res) => res.writeHead(202).end("<html>");
    await expect(provider.requestPayment(payment)).rejects.toThrow(/not an acceptance/);
    reply = (_req, _body, res) => res.writeHead(409).end("duplicate");
    await expect(provider.requestPayment(payment)).rejects.toThrow(/HTTP 409/);
    reply = honest;
    await expect(createHttpProvider({ url, secret: "wrong" }).requestPayment(payment)).rejects.toThrow(
      /HTTP 401/,
    );
  });

  it("throws when the gateway cannot be reached", async () => {
    const closed = createHttpProvider({ url: "http://127.0.0.1:9/v1", secret: SECRET, timeoutMs: 500 });
    await expect(closed.requestDebit(debit)).rejects.toThrow();
  });
});
