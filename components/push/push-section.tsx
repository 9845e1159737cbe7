import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import { currentSession } from "@/lib/auth/current-user";
import { PushInbox } from "./push-inbox";
import { PushSwitch } from "./push-switch";
import { PushTestButton } from "./push-test-button";

/** "Notifications" on /me: the push switch, a test button and the latest messages; sign-in first. */
export async function PushSection() {
  const [t, session] = await Promise.all([getTranslations("push"), currentSession()]);
  return (
    <Card>
      <div data-testid="push-section">
        <h2 className="mb-3 text-lg font-bold">{t("title")}</h2>
        {session ? (
          <div className="flex flex-col gap-4">
            <PushSwitch />
            <PushTestButton />
            <PushInbox />
          </div>
        ) : (
          <div className="flex flex-col items-start gap-3" data-testid="push-signed-out">
            <p>{t("signedOut")}</p>
            <IntentLink
              href="/login?next=/me"
              className="touch-target inline-flex items-center justify-center rounded-xl bg-[var(--accent)] px-4 py-2 font-semibold text-[var(--accent-contrast)]"
            >
              {t("signIn")}
            </IntentLink>
          </div>
        )}
      </div>
    </Card>
  );
}
