import type { ChineseKey, EnglishKey, SearchKeys } from "./search-keys";
import { compact, editDistance, hasHan, pinyinLetters, wordsOf } from "./search-text";

/** How well a place's name answers a query, best first: the whole name, its start, inside it, loosely. */
export const MATCH_QUALITY = { exact: 0, prefix: 1, within: 2, loose: 3 } as const;
export type MatchQuality = (typeof MATCH_QUALITY)[keyof typeof MATCH_QUALITY];

/** What a person typed, in the forms it is compared in. */
export interface SearchQuery {
  text: string;
  han: boolean;
  words: string[];
  /** Letters only when the query can be pinyin ("lei feng ta", "lei2feng1ta3", "lft"), else null. */
  pinyin: string | null;
}

export function readQuery(raw: string): SearchQuery {
  return { text: compact(raw), han: hasHan(raw), words: wordsOf(raw), pinyin: pinyinLetters(raw) };
}

/**
 * Typos forgiven in a word of this length: none up to four letters, where one letter makes another word ("west",
 * "rest"), one from five, two from nine.
 */
function typosAllowed(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
}

/**
 * Whether `letters` can be typed along the syllables from `start`, each syllable given whole or by its first
 * letters ("lft", "leift", "leifengta"); the last one may be cut short ("leifengt").
 */
export function typedAlong(letters: string, syllables: readonly string[], start: number): boolean {
  const failed = new Set<number>();
  const from = (at: number, syllable: number): boolean => {
    if (at === letters.length) return true;
    if (syllable === syllables.length) return false;
    const key = at * (syllables.length + 1) + syllable;
    if (failed.has(key)) return false;
    const spelled = syllables[syllable]!;
    let common = 0;
    while (common < spelled.length && letters[at + common] === spelled[common]) common += 1;
    for (let used = common; used >= 1; used--) {
      if (from(at + used, syllable + 1)) return true;
    }
    failed.add(key);
    return false;
  };
  return from(0, start);
}

/** Characters of `short` in order within `long`, starting with its first: 浙一 in 浙大一院, 市一 in 市第一人民医院. */
function abbreviates(short: string, long: string): boolean {
  if (short.length < 2 || long[0] !== short[0]) return false;
  let at = 0;
  for (const character of long) if (character === short[at]) at += 1;
  return at >= short.length;
}

function matchChinese(query: SearchQuery, key: ChineseKey): MatchQuality | null {
  if (key.text === query.text) return MATCH_QUALITY.exact;
  if (key.text.startsWith(query.text)) return MATCH_QUALITY.prefix;
  if (key.text.includes(query.text)) return MATCH_QUALITY.within;
  return abbreviates(query.text, key.text) ? MATCH_QUALITY.loose : null;
}

function matchPinyin(letters: string, key: ChineseKey): MatchQuality | null {
  if (key.syllables.length === 0) return null;
  if (letters === key.full || letters === key.initials) return MATCH_QUALITY.exact;
  if (typedAlong(letters, key.syllables, 0)) return MATCH_QUALITY.prefix;
  for (let start = 1; start < key.syllables.length; start++) {
    if (typedAlong(letters, key.syllables, start)) return MATCH_QUALITY.within;
  }
  const allowed = typosAllowed(letters);
  if (allowed > 0 && editDistance(letters, key.full, allowed) <= allowed) return MATCH_QUALITY.loose;
  return null;
}

/** Each query word starts a word of the name, in the same order: "west lake" in "West Lake Musical Fountain". */
function wordsInOrder(words: readonly string[], key: EnglishKey): boolean {
  let next = 0;
  for (const word of words) {
    while (next < key.words.length && !key.words[next]!.startsWith(word)) next += 1;
    if (next === key.words.length) return false;
    next += 1;
  }
  return true;
}

function nearWord(word: string, candidate: string): boolean {
  if (candidate.startsWith(word)) return true;
  const allowed = typosAllowed(word);
  if (allowed === 0) return false;
  return (
    editDistance(word, candidate, allowed) <= allowed ||
    editDistance(word, candidate.slice(0, word.length), allowed) <= allowed
  );
}

function matchEnglish(query: SearchQuery, key: EnglishKey): MatchQuality | null {
  if (key.text === query.text) return MATCH_QUALITY.exact;
  if (key.text.startsWith(query.text)) return MATCH_QUALITY.prefix;
  if (wordsInOrder(query.words, key)) return MATCH_QUALITY.within;
  if (query.words.length > 0 && query.words.every((word) => key.words.some((kw) => nearWord(word, kw)))) {
    return MATCH_QUALITY.loose;
  }
  const allowed = typosAllowed(query.text);
  return allowed > 0 && editDistance(query.text, key.text, allowed) <= allowed ? MATCH_QUALITY.loose : null;
}

/** The best quality with which any of a place's names answers the query, or null when none does. */
export function matchPlace(query: SearchQuery, keys: SearchKeys): MatchQuality | null {
  if (query.text === "") return null;
  let best: MatchQuality | null = null;
  const consider = (quality: MatchQuality | null) => {
    if (quality !== null && (best === null || quality < best)) best = quality;
  };
  if (query.han) {
    for (const key of keys.chinese) consider(matchChinese(query, key));
    return best;
  }
  for (const key of keys.english) consider(matchEnglish(query, key));
  if (query.pinyin) for (const key of keys.chinese) consider(matchPinyin(query.pinyin, key));
  return best;
}
