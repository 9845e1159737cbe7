import { AppError } from "@/lib/errors";

// What a chunked body over the cap may still send before the 413 is written: read and dropped, so the client
// finishes its write and reads the answer. Answering while the client still writes makes the server's close a
// TCP reset, and the client loses the answer with the connection.
const DISCARD_BYTES = 8 * 1024 * 1024;

/**
 * Reads a request body as UTF-8 text, at most `maxBytes`: a declared Content-Length above it is refused before
 * anything is read (Node reads and drops the declared rest), and a chunked body is kept only up to the cap. Both
 * are a 413. A chunked body that goes on past a further 8 MB is answered at once and its connection closed.
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
    if (total > maxBytes) throw await refuseRest(reader, total, maxBytes);
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks, total));
}

async function refuseRest(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  read: number,
  maxBytes: number,
): Promise<AppError> {
  let dropped = read;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return tooLarge(maxBytes);
    dropped += value.byteLength;
    if (dropped > maxBytes + DISCARD_BYTES) {
      // Not cancel(): that destroys the socket before the 413 is written.
      reader.releaseLock();
      return tooLarge(maxBytes, true);
    }
  }
}

function tooLarge(maxBytes: number, closeConnection = false): AppError {
  return new AppError("payload_too_large", "errors.bodyTooLarge", {
    values: { max: maxBytes },
    closeConnection,
  });
}
