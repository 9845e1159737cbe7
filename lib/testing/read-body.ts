import type { IncomingMessage } from "node:http";

/** The whole body of a request a test's stand-in server received, as text. */
export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = "";
    request.on("data", (chunk) => {
      data += chunk;
    });
    request.on("end", () => resolve(data));
  });
}
