import "server-only";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { refreshSandboxClock } from "./sandbox-clock";

// Another app server of the same sandbox may move the clock; this one follows within a second.
const REFRESH_MS = 1_000;

/** In the sandbox, keeps this process's serverNow() in step with the deployment's sandbox clock. */
export function startSandboxClock(): void {
  if (env().APP_ENV !== "sandbox") return;
  const refresh = () =>
    getDb()
      .then(refreshSandboxClock)
      .catch((error) => console.warn("[sandbox clock] could not refresh:", error));
  void refresh();
  setInterval(refresh, REFRESH_MS).unref();
}
