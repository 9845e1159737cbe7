import { pinyin } from "pinyin-pro";
import type { Place } from "./place";
import { compact, hasHan, longEnglishForm, namesWithin, normalise, wordsOf } from "./search-text";

/** A Chinese name as it is matched: its characters, and its pinyin one syllable at a time. */
export interface ChineseKey {
  text: string;
  syllables: string[];
  /** The syllables joined ("leifengta") and their first letters ("lft"): typing either whole is an exact match. */
  full: string;
  initials: string;
}

/** An English name as it is matched: letters and digits run together, and word by word. */
export interface EnglishKey {
  text: string;
  words: string[];
}

/** Everything a place can be found by, worked out once when the index is built (pinyin included). */
export interface SearchKeys {
  chinese: ChineseKey[];
  english: EnglishKey[];
}

function chineseKey(name: string): ChineseKey {
  // pinyin-pro reads each character in its context (长桥 chang, 重阳 chong); tones and non-Chinese text dropped.
  const syllables = pinyin(name, { toneType: "none", type: "array", nonZh: "removed" })
    .map((syllable) => normalise(syllable).replace(/[^a-z]/g, ""))
    .filter(Boolean);
  return {
    text: compact(name),
    syllables,
    full: syllables.join(""),
    initials: syllables.map((syllable) => syllable[0]).join(""),
  };
}

function englishKey(name: string): EnglishKey {
  return { text: compact(name), words: wordsOf(name) };
}

/** The search keys of a place from its names and aliases, Chinese parts of its English name included. */
export function searchKeysOf(place: Place): SearchKeys {
  const names = [
    ...namesWithin(place.name.zh),
    ...place.aliases.zh,
    ...namesWithin(place.name.en),
    ...place.aliases.en,
  ];
  const chinese = new Set<string>();
  const english = new Set<string>();
  for (const name of names) {
    if (hasHan(name)) {
      chinese.add(name);
    } else {
      english.add(name);
      english.add(longEnglishForm(name));
    }
  }
  return {
    chinese: [...chinese].map(chineseKey).filter((key) => key.text !== ""),
    english: [...english].map(englishKey).filter((key) => key.text !== ""),
  };
}
