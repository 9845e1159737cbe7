export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";
export const LOCALE_COOKIE = "NEXT_LOCALE";
export const ELDER_COOKIE = "elder_mode";
export const TIME_ZONE = "Asia/Shanghai";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

interface RankedTag {
  tag: string;
  weight: number;
  index: number;
}

/** The language tags of an Accept-Language header, most wanted first (q=0 means "not this one"). */
function rankedTags(acceptLanguage: string): RankedTag[] {
  return acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== "" && entry.tag !== "*" && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
}

const isChinese = (tag: string) => tag === "zh" || tag.startsWith("zh-");
const isEnglish = (tag: string) => tag === "en" || tag.startsWith("en-");
// Taiwan, Hong Kong and Macao write traditional characters; so does any tag that says Hant.
const TRADITIONAL = /^zh-(hant|tw|hk|mo)(-|$)/;

/**
 * Picks a locale from an Accept-Language header, honouring q-values. Any Chinese variant maps to zh-CN, any
 * English variant to en; a browser that asks only for other languages (German, Japanese, …) gets English, which a
 * visitor is likelier to read than Chinese; no header at all gets the default (zh-CN).
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage?.trim()) return DEFAULT_LOCALE;
  const ranked = rankedTags(acceptLanguage);
  for (const { tag } of ranked) {
    if (isChinese(tag)) return "zh-CN";
    if (isEnglish(tag)) return "en";
  }
  return ranked.length > 0 ? "en" : DEFAULT_LOCALE;
}

/** True when the header's preferred Chinese is traditional (zh-TW, zh-HK, zh-MO, zh-Hant…), chosen before English. */
export function prefersTraditionalChinese(acceptLanguage: string | null | undefined): boolean {
  if (!acceptLanguage) return false;
  const first = rankedTags(acceptLanguage).find(({ tag }) => isChinese(tag) || isEnglish(tag));
  return first !== undefined && TRADITIONAL.test(first.tag);
}

/** The locale a request asks for: the remembered cookie first, then Accept-Language. */
export function resolveLocale(cookieValue: string | undefined, acceptLanguage: string | null): Locale {
  return isLocale(cookieValue) ? cookieValue : negotiateLocale(acceptLanguage);
}
