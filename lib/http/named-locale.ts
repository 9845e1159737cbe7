import { isLocale, type Locale } from "@/lib/i18n/config";

/**
 * The language a URL names with `?lang=`, or undefined when it names none the app speaks. A repeated `lang`
 * counts by its last value, as `parseQuery` reads a query: the answer and its errors agree on one language.
 */
export function namedLocale(url: Pick<URL, "searchParams">): Locale | undefined {
  const named = url.searchParams.getAll("lang").at(-1);
  return isLocale(named) ? named : undefined;
}
