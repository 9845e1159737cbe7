"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useDisplayFormat } from "@/components/data/use-display-format";
import { useInbox } from "@/components/data/use-personal-data";
import { IntentLink } from "@/components/ui/intent-link";
import { markRead } from "./push-api";

// Mirrors PUSH_RECEIVED_MESSAGE in lib/pwa/sw-push.ts (not imported: that module is service-worker code).
const PUSH_RECEIVED = "push-received";
const SHOWN = 5;

/** The last few notifications, newest first, with unread ones marked. */
export function PushInbox() {
  const t = useTranslations("push.inbox");
  const display = useDisplayFormat();
  const inbox = useInbox();
  const { error, mutate } = inbox;
  const data = inbox.data?.notifications;

  useEffect(() => {
    const worker = "serviceWorker" in navigator ? navigator.serviceWorker : null;
    const onMessage = (event: MessageEvent) => {
      if ((event.data as { type?: string } | null)?.type === PUSH_RECEIVED) void mutate();
    };
    worker?.addEventListener("message", onMessage);
    return () => worker?.removeEventListener("message", onMessage);
  }, [mutate]);

  const read = async (id: string) => {
    await markRead(id).catch(() => {});
    await mutate();
  };

  return (
    <section aria-labelledby="push-inbox-title" className="flex flex-col gap-2" data-testid="push-inbox">
      <h3 id="push-inbox-title" className="font-semibold">
        {t("title")}
      </h3>
      {error !== undefined && !data && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {t("loadFailed")}
        </p>
      )}
      {data?.length === 0 && <p className="text-sm text-[var(--muted)]">{t("empty")}</p>}
      {data && data.length > 0 && (
        <ul className="flex flex-col divide-y divide-[var(--border)]">
          {data.slice(0, SHOWN).map((item) => {
            const unread = item.readAt === null;
            return (
              <li
                key={item.id}
                className="flex items-start justify-between gap-3 py-2"
                data-testid="push-inbox-item"
              >
                <div className="flex min-w-0 flex-col gap-0.5">
                  <IntentLink
                    href={item.url}
                    onClick={() => unread && void read(item.id)}
                    className={`touch-target inline-flex items-center underline-offset-2 hover:underline ${unread ? "font-bold" : "font-normal"}`}
                  >
                    {unread && (
                      <span className="mr-2 rounded-full bg-[var(--accent)] px-2 text-xs font-semibold text-[var(--accent-contrast)]">
                        {t("unread")}
                      </span>
                    )}
                    {item.title}
                  </IntentLink>
                  <p className="text-sm">{item.body}</p>
                  <p className="text-sm text-[var(--muted)]">
                    <time dateTime={item.createdAt}>{display.dateTime(item.createdAt)}</time>
                    <span className="ml-2">{t(`status.${item.deliveryStatus}`)}</span>
                  </p>
                </div>
                {unread && (
                  <button
                    type="button"
                    onClick={() => void read(item.id)}
                    aria-label={t("markRead", { title: item.title })}
                    className="touch-target shrink-0 rounded-full border border-[var(--accent)] px-3 py-1 text-sm font-semibold text-[var(--accent)]"
                  >
                    {t("markReadShort")}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
