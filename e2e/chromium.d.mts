/** Debian's chromium (browsers are never downloaded here), or E2E_CHROMIUM_PATH, or CHROME_PATH (Lighthouse's). */
export const CHROMIUM_PATH: string;
/** The flags of every headless Chromium run here. */
export const CHROMIUM_ARGS: string[];
