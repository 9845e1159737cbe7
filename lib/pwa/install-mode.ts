export type InstallMode = "unknown" | "installed" | "prompt" | "ios" | "unsupported";

export interface InstallEnvironment {
  /** False on the server and during hydration: nothing about the browser is known yet. */
  known: boolean;
  /** The app runs in its own window (display-mode standalone, or iOS `navigator.standalone`). */
  standalone: boolean;
  installedEvent: boolean;
  canPrompt: boolean;
  userAgent: string;
  maxTouchPoints: number;
}

/** iPhone, iPod and iPad (which reports itself as a Mac with a touch screen since iPadOS 13). */
export function isIos(userAgent: string, maxTouchPoints: number): boolean {
  return /iPad|iPhone|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
}

/** Which install help to show: already installed, the browser's prompt, iOS steps, or an explanation. */
export function installMode(env: InstallEnvironment): InstallMode {
  if (!env.known) return "unknown";
  if (env.standalone || env.installedEvent) return "installed";
  if (env.canPrompt) return "prompt";
  // Every iOS browser installs through Share → Add to Home Screen; none fires beforeinstallprompt.
  if (isIos(env.userAgent, env.maxTouchPoints)) return "ios";
  return "unsupported";
}
