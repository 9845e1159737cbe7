import { Card } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";

/** The sign-in prompt of a page that needs an account; `next` brings the person back here afterwards. */
export function SignedOutPrompt({ text, action, next }: { text: string; action: string; next: string }) {
  return (
    <Card>
      <div data-testid="signed-out" className="flex flex-col gap-3">
        <p>{text}</p>
        <IntentLink
          href={`/login?next=${next}`}
          className="touch-target inline-flex items-center justify-center self-start rounded-xl bg-[var(--accent)] px-6 py-2 text-lg font-semibold text-[var(--accent-contrast)]"
        >
          {action}
        </IntentLink>
      </div>
    </Card>
  );
}
