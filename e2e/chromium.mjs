// The one Chromium that every browser run here uses (journeys, Lighthouse, icon rendering), with one set of flags.

/** Debian's chromium (browsers are never downloaded here), or E2E_CHROMIUM_PATH, or CHROME_PATH (Lighthouse's). */
export const CHROMIUM_PATH = process.env.E2E_CHROMIUM_PATH ?? process.env.CHROME_PATH ?? "/usr/bin/chromium";

/**
 * Headless in a container: no setuid sandbox or GPU there, a /dev/shm too small for renderers, and nothing in the
 * background (updates, sync) to slow a measurement or reach for the internet.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
