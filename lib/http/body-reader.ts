import { AppError } from "@/lib/errors";

/**
 * Reads a request body as UTF-8 text, at most `maxBytes`: a declared Content-Length above it is refused
 * before anything is read, and a body without one (chunked) is refused as soon as it passes the cap,
 * without reading the rest. Both are a 413, sent with `Connection: close` (see error-response.ts).
 */
export async function readCappedText(request: Request, maxBytes: number): Promise<string> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Not cancel(): that destroys the socket before the 413 is written, and the client sees a reset.
      reader.releaseLock();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks, total));
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", "errors.bodyTooLarge", { values: { max: maxBytes } });
}
