import type { SmsProvider } from "./types";

/** Sends nothing and logs nothing: the code goes back to the caller so the sandbox UI can show it. */
export function sandboxSmsProvider(): SmsProvider {
  return {
    kind: "sandbox",
    send: async ({ code }) => ({ devCode: code }),
  };
}
