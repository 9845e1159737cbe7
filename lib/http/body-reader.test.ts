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

  it("stops reading a chunked body as soon as it passes the cap", async () => {
    const { request, counter } = streamed(1000, 1000);
    expect(await failure(readCappedText(request, 5000))).toBe("413 payload_too_large");
    expect(counter.pulled).toBeLessThanOrEqual(7);
  });

  it("accepts a body of exactly the cap", async () => {
    const { request } = streamed(5, 1000);
    expect((await readCappedText(request, 5000)).length).toBe(5000);
  });
});
