import { NAVIGATION_APPS, type NavigationApp } from "./navigation-links";

/** One button per map app, opening the given directions in a new tab. */
export function NavigationButtons({
  links,
  label,
}: {
  links: Record<NavigationApp, string>;
  label: (app: NavigationApp) => string;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      {NAVIGATION_APPS.map((app) => (
        <a
          key={app}
          href={links[app]}
          target="_blank"
          rel="noopener noreferrer"
          className="touch-target inline-flex items-center rounded-xl border border-[var(--border)] px-4 py-2 font-semibold"
        >
          {label(app)}
        </a>
      ))}
    </div>
  );
}
