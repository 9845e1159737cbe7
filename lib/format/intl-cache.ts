// Building an Intl formatter costs far more than using one (a time-zone formatter most of all), so each
// is built once, on first use rather than when its module loads: a page pays only for the formats it prints.
const built = new Map<string, unknown>();

/** The formatter named `key`, built by `create` the first time it is asked for. */
export function cachedIntl<T>(key: string, create: () => T): T {
  let found = built.get(key) as T | undefined;
  if (found === undefined) {
    found = create();
    built.set(key, found);
  }
  return found;
}
