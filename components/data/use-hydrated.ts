import { useSyncExternalStore } from "react";

const subscribeNothing = () => () => {};

/** False while React hydrates server HTML, true afterwards (and on every client-only render). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}
