// Chrome fires `beforeinstallprompt` once, early. This module listens from the moment the app's script runs
// (the PWA runtime imports it on every page), keeps the event, and lets the install card use it later.

/** The non-standard event Chromium browsers fire when the app can be installed. */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: "accepted" | "dismissed"; platform: string }>;
}

export interface InstallPromptState {
  /** The kept event, until it is used (a prompt can be shown only once per event). */
  event: BeforeInstallPromptEvent | null;
  /** True once `appinstalled` fired in this page. */
  installed: boolean;
}

let state: InstallPromptState = { event: null, installed: false };
const listeners = new Set<() => void>();

function update(next: Partial<InstallPromptState>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

if (typeof window !== "undefined") {
  window.addEventListener("beforeinstallprompt", (event) => {
    // Keep the browser's own mini-infobar away; the app offers install on the Me page instead.
    event.preventDefault();
    update({ event: event as BeforeInstallPromptEvent });
  });
  window.addEventListener("appinstalled", () => update({ event: null, installed: true }));
}

export function subscribeInstallPrompt(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getInstallPromptState(): InstallPromptState {
  return state;
}

const SERVER_STATE: InstallPromptState = { event: null, installed: false };
export function getServerInstallPromptState(): InstallPromptState {
  return SERVER_STATE;
}

/** Shows the browser's install dialog; the kept event is used up either way. */
export async function promptInstall(): Promise<"accepted" | "dismissed" | "unavailable"> {
  const event = state.event;
  if (!event) return "unavailable";
  update({ event: null });
  await event.prompt();
  const choice = await event.userChoice;
  return choice.outcome;
}
