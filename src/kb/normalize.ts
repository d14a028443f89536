/**
 * Name keys for the knowledge base. Every name in the data and every query goes through `nameKey`, so that case,
 * diacritics (Oekraïne/Oekraine, Wałęsa/Walesa), dots (U.S./US), hyphens, curly apostrophes and a leading article
 * (de, het, the) do not matter. `spellingKey` folds further, for a second-chance lookup across Dutch, English and
 * transliteration spellings (Poetin/Putin, Sergej/Sergey, Zelenski/Zelensky/Zelenskyy).
 */

const LEADING_ARTICLES = ['de ', 'het ', "'t ", 'the '];
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x00-\x7f]/;
/** Letters that Unicode does not decompose into a base letter and a mark (Đurić, Yılmaz, Wałęsa, Støre). */
const UNDECOMPOSED_LETTERS = /[đðıłøßæœþ]/g;
const UNDECOMPOSED_FOLDS: Record<string, string> = { đ: 'd', ð: 'd', ı: 'i', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };
const HAS_LOWER_CASE_ASCII = /[a-z]/;
/** Letters-only words separated by single spaces: nothing to strip or fold but case. */
const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** The exact-match key: lower case, no diacritics, no dots, single spaces, no leading article. */
export function nameKey(name: string): string {
  // Most names are plain words: lower-case them without the chain of replacements below.
  if (PLAIN_WORDS.test(name)) return withoutArticle(name.toLowerCase());
  // Plain ASCII needs no Unicode decomposition.
  const key = (NON_ASCII.test(name) ? name.normalize('NFKD').replace(COMBINING_MARKS, '') : name)
    .toLowerCase()
    .replace(UNDECOMPOSED_LETTERS, (letter) => UNDECOMPOSED_FOLDS[letter])
    .replace(/[\u2018\u2019\u201b`´]/g, "'")
    .replace(/\./g, '')
    .replace(/[-_\u2010-\u2015/]+/g, ' ')
    .replace(/["\u201c\u201d\u201e«»()[\]{},;:!?]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return withoutArticle(key);
}

function withoutArticle(key: string): string {
  for (const article of LEADING_ARTICLES) {
    if (key.startsWith(article) && key.length > article.length) return key.slice(article.length);
  }
  return key;
}

/** Spelling rewrites applied in order to a name key; each pair maps spellings that news in nl/en mix up. */
const SPELLING_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/tsj/g, 'ch'],
  [/sj/g, 'sh'],
  [/zj/g, 'zh'],
  [/oe/g, 'u'],
  [/ou/g, 'u'],
  [/kh/g, 'h'],
  [/ks/g, 'x'],
  [/ij/g, 'y'],
  [/j/g, 'y'],
  [/w/g, 'v'],
  [/ck/g, 'k'],
  [/ph/g, 'f'],
  [/iy|yi|ii/g, 'y'],
  [/i\b/g, 'y'],
  [/'/g, ''],
  [/([a-z])\1+/g, '$1'],
];

/** Folded words seen before: the folds never cross a space, so a key folds word by word. */
const foldedWords = new Map<string, string>();
const FOLDED_WORDS_SIZE = 100_000;

/** A looser key for spelling variants (only used when the exact key finds nothing). */
export function spellingKey(key: string): string {
  if (key.indexOf(' ') < 0) return foldWord(key);
  return key.split(' ').map(foldWord).join(' ');
}

function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = word;
    for (const [pattern, replacement] of SPELLING_FOLDS) folded = folded.replace(pattern, replacement);
    if (foldedWords.size >= FOLDED_WORDS_SIZE) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}

/**
 * Whether a written name is an all-capitals acronym (VS, US, EU, WHO, AP): such aliases only match a query that is
 * written in capitals too, so that "who", "us" or "is" do not resolve to an actor.
 */
export function isAcronym(name: string): boolean {
  if (HAS_LOWER_CASE_ASCII.test(name)) return false;
  const letters = name.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Whether every letter of the query is a capital (the condition for matching an acronym alias). */
export function isWrittenInCapitals(query: string): boolean {
  if (!NON_ASCII.test(query)) return isAsciiWrittenInCapitals(query);
  const letters = query.replace(/[^\p{L}]/gu, '');
  // A Dutch possessive or plural tail ("VS'", "EU's", "NGO's") does not count against the capitals.
  const stem = letters.replace(/s$/, '');
  return stem.length > 0 && stem === stem.toUpperCase();
}

/**
 * Keys to try when the name itself is not known: without a possessive or genitive ending ("Bidens", "Biden's",
 * "Poetins", "Xi's", "Lavrov'"), in order of preference.
 */
export function possessiveStems(key: string): string[] {
  const stems: string[] = [];
  if (key.endsWith("'s")) stems.push(key.slice(0, -2));
  else if (key.endsWith("'")) stems.push(key.slice(0, -1));
  else if (key.endsWith('s') && key.length > 3) stems.push(key.slice(0, -1));
  return stems;
}

/** isWrittenInCapitals for plain ASCII, without building the string of letters. */
function isAsciiWrittenInCapitals(query: string): boolean {
  let letters = 0;
  let lowerCase = 0;
  let lastIsLowerS = false;
  for (let i = 0; i < query.length; i++) {
    const code = query.charCodeAt(i);
    const upper = code >= 65 && code <= 90;
    const lower = code >= 97 && code <= 122;
    if (!upper && !lower) continue;
    letters++;
    if (lower) lowerCase++;
    lastIsLowerS = code === 115;
  }
  // One lower-case letter is allowed: a final 's' ("VS'", "EU's", "NGOs").
  if (lastIsLowerS && lowerCase === 1) return letters > 1;
  return lowerCase === 0 && letters > 0;
}
