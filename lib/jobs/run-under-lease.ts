import "server-only";
import type { Db } from "@/lib/db/types";
import { acquireLease } from "./lease";

/** The reason a leased job's signal aborts: the lease may be another server's now, so the work must stop. */
export class LeaseLostError extends Error {
  constructor(
    readonly job: string,
    detail: string,
  ) {
    super(`lost the lease on ${job}: ${detail}`);
    this.name = "LeaseLostError";
  }
}

export interface LeaseTerms {
  /** How long the lease lasts unrenewed: the longest the job waits for another server if this one dies. */
  ttlMs: number;
  /** How often it is renewed while the work runs; by default a third of ttlMs, so one failed renewal is survivable. */
  renewEveryMs?: number;
  /** Milliseconds on a monotonic clock that the lease's time is counted on: performance.now() unless a test moves its own. */
  clock?: () => number;
}

export type LeasedRun<T> = { ran: false } | { ran: true; value: T; lost: boolean };

/**
 * Runs `work` when `holder` gets (or already has) the lease on `job`, and renews the lease while the work runs, so a
 * job longer than the lease is never started a second time by another server. The work's signal aborts, with a
 * LeaseLostError, as soon as the lease may no longer be this holder's — another server holds it, or no renewal was
 * confirmed for a whole ttl (the database unreachable) — and the work must stop at its next step. The lease is kept
 * after the work, so the server that ran a job keeps it while it keeps ticking.
 */
export async function runUnderLease<T>(
  db: Db,
  job: string,
  holder: string,
  terms: LeaseTerms,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<LeasedRun<T>> {
  const { clock = () => performance.now() } = terms;
  // Real elapsed time: the lease's expiry counts from the database's clock when it answered, never before we asked.
  let confirmedAt = clock();
  if (!(await acquireLease(db, job, holder, terms.ttlMs))) return { ran: false };
  const controller = new AbortController();
  const lose = (detail: string) => {
    if (!controller.signal.aborted) controller.abort(new LeaseLostError(job, detail));
  };
  let renewing = false;
  const renew = async () => {
    if (clock() - confirmedAt >= terms.ttlMs) return lose(`not renewed within ${terms.ttlMs} ms`);
    if (renewing || controller.signal.aborted) return;
    renewing = true;
    const asked = clock();
    try {
      if (await acquireLease(db, job, holder, terms.ttlMs)) confirmedAt = asked;
      else lose("another server holds it");
    } catch (error) {
      // One failed renewal is not yet a lost lease; the next tick decides by how long it has gone unconfirmed.
      console.warn(
        `[jobs] could not renew the lease on ${job}:`,
        error instanceof Error ? error.message : error,
      );
    } finally {
      renewing = false;
    }
  };
  const timer = setInterval(
    () => void renew(),
    terms.renewEveryMs ?? Math.max(1, Math.floor(terms.ttlMs / 3)),
  );
  timer.unref?.();
  try {
    const value = await work(controller.signal);
    return { ran: true, value, lost: controller.signal.aborted };
  } finally {
    clearInterval(timer);
  }
}
