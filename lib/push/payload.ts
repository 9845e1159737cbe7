/** The JSON a push message carries to the service worker (encrypted end to end by Web Push). */
export interface PushPayload {
  /** The notification's id in the inbox. */
  id: string;
  title: string;
  body: string;
  /** A path inside this app to open on tap. */
  url: string;
  /** Notifications with the same tag replace each other on the device. */
  tag: string;
  /** Buttons on the notification, each opening its own path in this app (e.g. "stop these alerts"). */
  actions?: PushAction[];
}

export interface PushAction {
  /** Names the button to the service worker's click handler. */
  action: string;
  title: string;
  url: string;
}

/** Browsers show at most two buttons on most platforms. */
export const MAX_PUSH_ACTIONS = 2;
