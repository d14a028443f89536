/** The per-language knowledge the segmenter reads from `src/lang/<code>/tokenizer.json`, and its validation. */
export interface SegmenterData {
  /** ISO 639-1 code, equal to the folder name. */
  language: string;
  /**
   * Words written with a final period that keeps to the word ("dhr.", "Mr.", "blz."). Matched exactly, and at the
   * start of a sentence also with a capitalised first letter ("Bijv."). After them a sentence goes on.
   */
  abbreviations: string[];
  /** Abbreviations that often end a sentence ("etc.", "Inc."): a sentence ends after them before a capital. */
  sentenceFinalAbbreviations: string[];
  /** Abbreviations only before a number ("No. 5"); elsewhere the period ends the word ("The answer is no."). */
  abbreviationsBeforeNumbers: string[];
  /** 'join': a hyphen between word characters stays inside the token (kwestie-Taiwan); 'split': it is a token. */
  hyphens: 'join' | 'split';
  /** With hyphens 'split': lower-case prefixes whose hyphen still joins ("non", "e" for e-mail). */
  hyphenPrefixes: string[];
  /** Whether a word may end in a hyphen before a space (Dutch "mond- en klauwzeer"). */
  trailingHyphen: boolean;
  /** Whether a slash between letters joins ("km/u"); a slash between digits always joins (9/11). */
  slashJoinsLetters: boolean;
  /** Whether a lower-case word after . ! ? starts a sentence (informal text that skips capitals). */
  lowercaseSentenceStarts: boolean;
  /** Whether + and - glue to a number after them (+99,99); otherwise they are tokens of their own. */
  signedNumbers: boolean;
  /** Whether an apostrophe after a word ending in s stays with it (the parents' house). */
  pluralPossessive: boolean;
  /** Characters that stay with a number before them ("%" for 50%). */
  numberSuffixes: string;
  /** Units split from a number they are glued to (375mm → 375 mm). */
  unitsAfterNumbers: string[];
  /**
   * Capitalised words that open sentences and seldom stand capitalised inside one ("Hij", "In"): after an
   * initial ("eigenschap B. Maar") or a short heading that runs into the next sentence without punctuation, such
   * a word starts the sentence.
   */
  sentenceStarters: string[];
  /** Clock-time markers: after a number, a capital after them starts a sentence ("08:02 PM Thanks for"). */
  timeMarkers: string[];
  /** Time zones, which go on the sentence after a clock time's sentence-final abbreviation ("5 p.m. ET Sunday"). */
  timeZones: string[];
  /** Closing brackets after which a capital starts a sentence, as list items run together (")]»"). */
  capitalAfterCloser: string;
  /** First words of greetings and closings that end with a comma and stand apart ("Hi", "Regards"). */
  salutations: string[];
  /** Elided words that start with an apostrophe and are tokens of their own ("'s", "'t"). */
  apostropheWords: string[];
  /**
   * Clitics that a surface token ends with and that are syntactic words of their own (English "n't", "'s"), split
   * off by word expansion; written with a straight apostrophe, which stands for ’ and ` too.
   */
  clitics: string[];
  /** Surface words that are two syntactic words, lower-case, each with its parts ("cannot": ["can", "not"]). */
  fusedWords: Record<string, [string, string]>;
}

/** Checks raw JSON data for a language and returns it typed; throws naming the language and the bad field. */
export function validateSegmenterData(raw: unknown, language: string): SegmenterData {
  const fail = (problem: string): never => {
    throw new Error(`segmenter data for '${language}': ${problem}`);
  };
  if (typeof raw !== 'object' || raw === null) return fail('not an object');
  const data = raw as Record<string, unknown>;
  const strings = (key: string, check: (s: string) => boolean, what: string): string[] => {
    const value = data[key];
    if (!Array.isArray(value)) return fail(`${key} must be an array`);
    for (const item of value) {
      if (typeof item !== 'string' || !check(item)) fail(`${key} holds ${JSON.stringify(item)}, not ${what}`);
    }
    return value as string[];
  };
  const boolean = (key: string): boolean => {
    const value = data[key];
    return typeof value === 'boolean' ? value : fail(`${key} must be true or false`);
  };
  if (data.language !== language) fail(`language is ${JSON.stringify(data.language)}`);
  const endsInPeriod = (s: string) => s.length > 1 && s.endsWith('.') && !/\s/.test(s);
  const hyphens = data.hyphens;
  if (hyphens !== 'join' && hyphens !== 'split') fail(`hyphens must be "join" or "split"`);
  const abbreviations = strings('abbreviations', endsInPeriod, 'a word ending in a period');
  const sentenceFinalAbbreviations = strings('sentenceFinalAbbreviations', endsInPeriod, 'a word ending in a period');
  const abbreviationsBeforeNumbers = strings('abbreviationsBeforeNumbers', endsInPeriod, 'a word ending in a period');
  const seen = new Set<string>();
  for (const abbreviation of [...abbreviations, ...sentenceFinalAbbreviations, ...abbreviationsBeforeNumbers]) {
    if (seen.has(abbreviation)) fail(`${abbreviation} is listed twice among the abbreviations`);
    seen.add(abbreviation);
  }
  return {
    language,
    abbreviations,
    sentenceFinalAbbreviations,
    abbreviationsBeforeNumbers,
    hyphens: hyphens as SegmenterData['hyphens'],
    hyphenPrefixes: strings('hyphenPrefixes', (s) => /^\p{Ll}+$/u.test(s), 'a lower-case prefix'),
    trailingHyphen: boolean('trailingHyphen'),
    slashJoinsLetters: boolean('slashJoinsLetters'),
    lowercaseSentenceStarts: boolean('lowercaseSentenceStarts'),
    signedNumbers: boolean('signedNumbers'),
    pluralPossessive: boolean('pluralPossessive'),
    capitalAfterCloser: typeof data.capitalAfterCloser === 'string' ? data.capitalAfterCloser : fail('capitalAfterCloser must be a string'),
    numberSuffixes: typeof data.numberSuffixes === 'string' ? data.numberSuffixes : fail('numberSuffixes must be a string'),
    sentenceStarters: strings('sentenceStarters', (s) => /^\p{Lu}\p{Ll}*$/u.test(s), 'a capitalised word'),
    timeMarkers: strings('timeMarkers', (s) => /^\p{L}+$/u.test(s), 'letters'),
    timeZones: strings('timeZones', (s) => /^\p{Lu}\p{L}*$/u.test(s), 'a capitalised word'),
    salutations: strings('salutations', (s) => /^\p{Lu}\p{Ll}*$/u.test(s), 'a capitalised word'),
    clitics: strings('clitics', (s) => /^\p{Ll}*'\p{Ll}*$/u.test(s), "a lower-case clitic with an apostrophe"),
    fusedWords: fusedWords(data.fusedWords, fail),
    unitsAfterNumbers: strings('unitsAfterNumbers', (s) => /^\p{L}+$/u.test(s), 'letters'),
    apostropheWords: strings('apostropheWords', (s) => /^['’]\p{L}+$/u.test(s), 'an apostrophe and letters'),
  };
}

function fusedWords(value: unknown, fail: (problem: string) => never): Record<string, [string, string]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('fusedWords must be an object');
  const words: Record<string, [string, string]> = {};
  for (const [word, parts] of Object.entries(value)) {
    const valid = Array.isArray(parts) && parts.length === 2 && parts.every((p) => typeof p === 'string' && p !== '');
    if (!valid || parts.join('') !== word || word !== word.toLowerCase()) {
      fail(`fusedWords.${word} must be two non-empty lower-case parts that spell the word`);
    }
    words[word] = parts as [string, string];
  }
  return words;
}
