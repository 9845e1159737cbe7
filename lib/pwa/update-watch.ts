import { SKIP_WAITING } from "./sw-protocol";

// Structural slices of the Service Worker API, so the logic runs against fakes in unit tests.
export interface WorkerLike extends EventTarget {
  readonly state: string;
  postMessage(message: unknown): void;
}
export interface RegistrationLike extends EventTarget {
  readonly waiting: WorkerLike | null;
  readonly installing: WorkerLike | null;
}
export interface ContainerLike extends EventTarget {
  readonly controller: unknown;
}

/**
 * Calls `onWaiting` when a new version of the worker is installed and waiting behind the one controlling
 * this page. A worker installed while nothing controlled the page is the first install, not an update.
 * Returns a function that stops watching.
 */
export function watchForUpdate(
  registration: RegistrationLike,
  container: ContainerLike,
  onWaiting: (worker: WorkerLike) => void,
): () => void {
  if (registration.waiting && container.controller) onWaiting(registration.waiting);
  const stops: (() => void)[] = [];
  const onUpdateFound = () => {
    const worker = registration.installing;
    if (!worker) return;
    const onStateChange = () => {
      if (worker.state === "installed" && container.controller) onWaiting(worker);
      if (worker.state !== "installing") worker.removeEventListener("statechange", onStateChange);
    };
    worker.addEventListener("statechange", onStateChange);
    stops.push(() => worker.removeEventListener("statechange", onStateChange));
  };
  registration.addEventListener("updatefound", onUpdateFound);
  return () => {
    registration.removeEventListener("updatefound", onUpdateFound);
    for (const stop of stops) stop();
  };
}

/** Asks the waiting worker to take over, then reloads the page once, when it has. */
export function applyUpdate(worker: WorkerLike, container: ContainerLike, reload: () => void): void {
  let reloaded = false;
  container.addEventListener("controllerchange", () => {
    if (reloaded) return;
    reloaded = true;
    reload();
  });
  worker.postMessage({ type: SKIP_WAITING });
}
