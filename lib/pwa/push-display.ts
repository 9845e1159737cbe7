import en from "../i18n/messages/en/push.json";
import zhCN from "../i18n/messages/zh-CN/push.json";
import { MAX_PUSH_ACTIONS, type PushAction, type PushPayload } from "../push/payload";
import { isSafeAppPath } from "../push/safe-url";

export interface PushDisplay {
  title: string;
  body: string;
  url: string;
  tag?: string;
  /** Buttons, each opening its own path in this app; malformed ones are left out. */
  actions: PushAction[];
}

/**
 * What to show for a push message. A missing or malformed payload still shows something honest (a push
 * must always show a notification), in the device's language, opening Home.
 */
export function pushDisplay(text: string | null, deviceLanguage: string): PushDisplay {
  const fallback = (deviceLanguage.toLowerCase().startsWith("zh") ? zhCN : en).messages.fallback;
  let payload: Partial<PushPayload> = {};
  try {
    const parsed: unknown = text ? JSON.parse(text) : null;
    if (parsed && typeof parsed === "object") payload = parsed as Partial<PushPayload>;
  } catch {
    // Not JSON: fall through to the fallback text.
  }
  const title = nonEmpty(payload.title);
  return {
    title: title ?? fallback.title,
    body: nonEmpty(payload.body) ?? (title ? "" : fallback.body),
    url: isSafeAppPath(payload.url) ? payload.url : "/",
    ...(nonEmpty(payload.tag) ? { tag: nonEmpty(payload.tag) } : {}),
    actions: pushActions(payload.actions),
  };
}

function pushActions(value: unknown): PushAction[] {
  if (!Array.isArray(value)) return [];
  const actions: PushAction[] = [];
  for (const item of value.slice(0, MAX_PUSH_ACTIONS)) {
    const { action, title, url } = (item ?? {}) as Partial<PushAction>;
    const name = nonEmpty(action);
    const label = nonEmpty(title);
    if (name && label && isSafeAppPath(url)) actions.push({ action: name.slice(0, 40), title: label, url });
  }
  return actions;
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.slice(0, 500) : undefined;
}

/** The absolute URL a tap opens: the notification's path in this app, or Home for anything else. */
export function notificationTarget(url: unknown, origin: string): string {
  return new URL(isSafeAppPath(url) ? url : "/", origin).href;
}
