import { describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import { readCappedText } from "./body-reader";

/** A body streamed in `chunks` pieces of `size` bytes, counting how many were pulled. */
function streamed(chunks: number, size: number, headers: Record<string, string> = {}) {
  const counter = { pulled: 0 };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.pulled === chunks) return controller.close();
        counter.pulled += 1;
        controller.enqueue(new Uint8Array(size).fill(0x61));
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request("http://localhost/api/x", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);
  return { request, counter };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: AppError) => `${e.status} ${e.code}`,
  );

describe("readCappedText", () => {
  it("reads a body within the cap, as UTF-8", async () => {
    const request = new Request("http://localhost/api/x", { method: "POST", body: '{"plate":"浙A12345"}' });
    expect(await readCappedText(request, 100)).toBe('{"plate":"浙A12345"}');
    expect(await readCappedText(new Request("http://localhost/api/x"), 100)).toBe("");
  });

  it("refuses a declared Content-Length over the cap without reading anything", async () => {
    const { request, counter } = streamed(10, 1000, { "content-length": "10000" });
    expect(await failure(readCappedText(request, 5000))).toBe("413 payload_too_large");
    expect(counter.pulled).toBe(0);
  });

  it("keeps nothing of a chunked body past the cap, and drops the rest so the client reads the 413", async () => {
    const { request, counter } = streamed(1000, 1000);
    const refused = await readCappedText(request, 5000).catch((error: AppError) => error);
    expect(refused).toMatchObject({ status: 413, code: "payload_too_large", closeConnection: false });
    expect(counter.pulled).toBe(1000);
  });

  it("answers a chunked body that goes on 8 MB past the cap at once, closing the connection", async () => {
    const { request, counter } = streamed(100_000, 1000);
    const refused = await readCappedText(request, 5000).catch((error: AppError) => error);
    expect(refused).toMatchObject({ status: 413, closeConnection: true });
    expect(counter.pulled).toBeLessThan(9_000);
  });

  it("accepts a body of exactly the cap", async () => {
    const { request } = streamed(5, 1000);
    expect((await readCappedText(request, 5000)).length).toBe(5000);
  });
});
