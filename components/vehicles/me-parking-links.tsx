import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";

/** Me → the parking pages: vehicles (plates, agreement), bills, reservations, and where my car is. */
export async function MeParkingLinks() {
  const [vehicles, bills, reservations] = await Promise.all([
    getTranslations("vehicles"),
    getTranslations("billsUi"),
    getTranslations("reservations.list"),
  ]);
  const links = [
    { href: "/me/vehicles", title: vehicles("meLink"), hint: vehicles("meLinkHint") },
    { href: "/me/bills", title: bills("meLink"), hint: bills("meLinkHint") },
    { href: "/me/reservations", title: reservations("meLink"), hint: reservations("meLinkHint") },
    { href: "/parking/car", title: vehicles("carLink"), hint: vehicles("carLinkHint") },
  ];
  return (
    <Card>
      <ul className="flex flex-col gap-2">
        {links.map((link) => (
          <li key={link.href}>
            <IntentLink
              href={link.href}
              className="touch-target flex flex-col rounded-xl border border-[var(--border)] px-4 py-2 hover:bg-[var(--surface)]"
            >
              <span className="text-lg font-semibold">{link.title}</span>
              <span className="text-sm text-[var(--muted)]">{link.hint}</span>
            </IntentLink>
          </li>
        ))}
      </ul>
    </Card>
  );
}
