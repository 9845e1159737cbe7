import "server-only";
import type { Db } from "@/lib/db/types";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { PaymentProvider } from "./provider";
import { createSandboxProvider } from "./sandbox-provider";

/** The payment provider of this deployment. Only the sandbox exists so far; production has none wired. */
export function paymentProvider(db: Db): PaymentProvider {
  if (env().APP_ENV !== "sandbox") {
    const unavailable = async (): Promise<never> => {
      throw new AppError("unavailable", "errors.unavailable");
    };
    return { requestDebit: unavailable, requestRefund: unavailable };
  }
  return createSandboxProvider(db);
}

/** True where the sandbox provider's knobs (declining accounts) may be used. */
export function sandboxPaymentsAvailable(): boolean {
  return env().APP_ENV === "sandbox";
}
