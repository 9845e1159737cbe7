// How names and what people type are brought to one form before they are compared.

const HAN = /\p{Script=Han}/u;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’‘`]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** True when the text holds a Chinese character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * Lower case, full-width forms as plain ones (NFKC), accents and pinyin tone marks dropped ("Léi" → "lei"),
 * apostrophes gone ("Guo's" → "guos", "xi'an" → "xian").
 */
export function normalise(text: string): string {
  return text.normalize("NFKC").toLowerCase().normalize("NFD").replace(MARKS, "").replace(APOSTROPHES, "");
}

/** The words of a text, normalised: "Hangzhou East Railway Station" → hangzhou, east, railway, station. */
export function wordsOf(text: string): string[] {
  return normalise(text).split(NOT_WORD).filter(Boolean);
}

/** Letters and digits only, normalised: "Lei Feng-ta" → "leifengta", "杭州 东站" → "杭州东站". */
export function compact(text: string): string {
  return wordsOf(text).join("");
}

/** Pinyin as people type it: letters only, tone numbers and separators dropped ("lei2 feng1 ta3" → "leifengta"). */
export function pinyinLetters(text: string): string | null {
  const letters = normalise(text).replace(/[\s\-_.·]+/g, "");
  if (!/^[a-z][a-z1-5]*$/.test(letters)) return null;
  return letters.replace(/[1-5]/g, "");
}

const BRACKETED = /[(（]([^()（）]*)[)）]/g;
const QUOTED = /(?:^|\s)['"‘“]([^'"’”]+)['"’”]/g;
const LIST_SEPARATORS = /[,，、;；]/;

/**
 * A name and the names inside it, as people search them: "三潭印月(小瀛洲)" → 三潭印月, 小瀛洲;
 * "湖滨步行街/湖滨公园" → both halves; "… (FAHZU, 浙大一院)" → FAHZU, 浙大一院; "Qianjiang New City 'City Balcony'"
 * → City Balcony. The whole name comes first.
 */
export function namesWithin(name: string): string[] {
  const inside = [...name.matchAll(BRACKETED)].flatMap((match) => match[1]!.split(LIST_SEPARATORS));
  const outside = name.replace(BRACKETED, " ").replace(/\s+/g, " ").trim();
  const quoted = [...outside.matchAll(QUOTED)].map((match) => match[1]!);
  const halves = outside.includes("/") ? outside.split("/") : [];
  const all = [name, outside, ...halves, ...inside, ...quoted]
    .map((part) => part.replace(/^['"‘“]|['"’”]$/g, "").trim())
    .filter((part) => compact(part) !== "");
  return [...new Set(all)];
}

const ENGLISH_SHORT_FORMS: [RegExp, string][] = [
  [/\bRd\b\.?/g, "Road"],
  [/\bSt\b\.?/g, "Street"],
  [/\bAve\b\.?/g, "Avenue"],
  [/\bE\.(?=\s)/g, "East"],
  [/\bW\.(?=\s)/g, "West"],
  [/\bS\.(?=\s)/g, "South"],
  [/\bN\.(?=\s)/g, "North"],
];

/** "Huancheng E. Rd" → "Huancheng East Road": the long form, so "road" finds "Rd"; the same text when none. */
export function longEnglishForm(name: string): string {
  return ENGLISH_SHORT_FORMS.reduce((text, [short, long]) => text.replace(short, long), name);
}

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours), stopping early once it must
 * exceed `limit`; returns limit + 1 then.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}
