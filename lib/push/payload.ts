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
}
