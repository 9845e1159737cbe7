export interface SmsMessage {
  /** 11-digit mainland mobile number. */
  phone: string;
  /** The text to send, already in the person's language. */
  text: string;
  /** The sign-in code inside `text`; only the sandbox ever hands it back. */
  code: string;
}

export interface SmsProvider {
  readonly kind: "sandbox" | "http";
  /** Sends the message; resolves with the code only in the sandbox, rejects with SmsSendError otherwise. */
  send(message: SmsMessage): Promise<{ devCode?: string }>;
}

/** The gateway did not accept the message (refused, unreachable or too slow). */
export class SmsSendError extends Error {}
