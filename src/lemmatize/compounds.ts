import { finish, hashLower, lowerCode, mix } from '../learn/index.js';
import { LemmaLexicon } from './lexicon.js';

/** Shortest first part and shortest known remainder a compound split may have. */
const MIN_PART = 2;
const MIN_REST = 3;
/** Shortest known word taken as a first part without having been seen as one. */
const MIN_BARE_PART = 3;
/** Stand-in surface hash under which a tag's hyphen convention is kept among the first parts. */
const HYPHEN_JOINS = 0x2d2d2d2d;
/** Share of a tag's hyphenated training words whose lemma turns the hyphen into "_" for the rule to apply. */
const HYPHEN_MIN_SHARE = 0.5;
const HYPHEN_MIN_COUNT = 5;

/**
 * Lemmas of unknown compounds and prefixed words: the word is split into a first part seen as such in training
 * and a remainder the lexicon knows. First parts carry their own joiner: compounds as the UD Dutch treebanks
 * write them (surface "verzekerings" → "verzekering_", "af" → "af_": "afgelopen" → "af_lopen"), prefixes
 * written together ("be" → "be": "beklonken" → "be" + lemma of "klonken" = "beklinken"). First parts are
 * learned per UPOS from training words whose remainder the lexicon confirms.
 */
export class CompoundParts {
  constructor(private readonly parts: Map<number, string>) {}

  get size(): number {
    return this.parts.size;
  }

  private static key(surfaceHash: number, uposHash: number): number {
    return finish(mix(surfaceHash, uposHash));
  }

  /**
   * The compound lemma of the word `text[start, end)` tagged `uposHash`, or null: the shortest known first part
   * whose remainder the lexicon knows under the same tag.
   */
  split(text: string, start: number, end: number, uposHash: number, lexicon: LemmaLexicon): string | null {
    for (let cut = start + MIN_PART; cut <= end - MIN_REST; cut++) {
      const part = this.parts.get(CompoundParts.key(hashLower(text, start, cut), uposHash)) ?? this.bareWord(text, start, cut, uposHash, lexicon);
      if (part === undefined) continue;
      const rest = lexicon.lookup(LemmaLexicon.lowerKey(text, cut, end, uposHash));
      if (rest !== undefined && rest !== '') return part + rest;
    }
    return null;
  }

  /**
   * Where the word `text[start, end)` tagged `uposHash` splits at a hyphen into a first part kept as written and a
   * remainder lemmatised on its own ("Oranje-beloften" → "Oranje" + "_" + "belofte"), when training words of the tag
   * mostly write the hyphen as "_": the hyphen's index, or -1.
   */
  hyphenCut(text: string, start: number, end: number, uposHash: number): number {
    if (!this.parts.has(CompoundParts.key(HYPHEN_JOINS, uposHash))) return -1;
    let cut = end - 1 - MIN_PART;
    while (cut >= start + MIN_PART && text.charCodeAt(cut) !== 45) cut--;
    return cut >= start + MIN_PART && hyphenSplits(text, start, end, cut) ? cut : -1;
  }

  /**
   * A known word of the same tag that is its own lemma ("week" in "weekblad") also serves as a first part, and so
   * does one that is its lemma plus a linking "-(e)n" ("vrouwen" in "vrouwenwijding": "vrouw_", "matten" in
   * "mattentaart": "mat_").
   */
  private bareWord(text: string, start: number, end: number, uposHash: number, lexicon: LemmaLexicon): string | undefined {
    if (end - start < MIN_BARE_PART) return undefined;
    const lemma = lexicon.lookup(LemmaLexicon.lowerKey(text, start, end, uposHash));
    if (lemma === undefined) return this.withLinkingS(text, start, end, uposHash, lexicon);
    if (lemma.length < MIN_BARE_PART || lemma.includes('_')) return undefined;
    const linking = end - start - lemma.length;
    if (linking < 0 || linking > 3) return undefined;
    for (let i = 0; i < lemma.length; i++) {
      if (lemma.charCodeAt(i) !== lowerCode(text.charCodeAt(start + i))) return undefined;
    }
    if (linking > 0 && text.charCodeAt(end - 1) !== 110) return undefined; // "n"
    if (linking >= 2 && text.charCodeAt(end - 2) !== 101) return undefined; // "en"
    // a plural with a doubled consonant ("matten" in "mattentaart": "mat_")
    if (linking === 3 && lowerCode(text.charCodeAt(end - 3)) !== lemma.charCodeAt(lemma.length - 1)) return undefined;
    return `${lemma}_`;
  }

  /** A known word that is its own lemma followed by a linking "s" ("verovering" in "veroveringspad"). */
  private withLinkingS(text: string, start: number, end: number, uposHash: number, lexicon: LemmaLexicon): string | undefined {
    if (text.charCodeAt(end - 1) !== 115 || end - 1 - start <= MIN_BARE_PART) return undefined; // "s"
    const base = lexicon.lookup(LemmaLexicon.lowerKey(text, start, end - 1, uposHash));
    if (base === undefined || base.includes('_') || base.length !== end - 1 - start) return undefined;
    for (let i = 0; i < base.length; i++) {
      if (base.charCodeAt(i) !== lowerCode(text.charCodeAt(start + i))) return undefined;
    }
    return `${base}_`;
  }

  /**
   * Learns first parts from training words (form, lemma, UPOS hash). For a compound lemma ("a_b") the first
   * part's surface is the prefix of the form whose remainder the lexicon lemmatizes to the last part; for
   * another word, a prefix of both form and lemma whose remainder the lexicon lemmatizes to the rest of the
   * lemma. Prefixes written together must be seen `minPrefixCount` times.
   */
  static build(
    words: Iterable<{ form: string; lemma: string; uposHash: number }>,
    lexicon: LemmaLexicon,
    minPrefixCount: number,
  ): CompoundParts {
    const counts = new Map<number, Map<string, number>>();
    const count = (key: number, part: string) => {
      let byPart = counts.get(key);
      if (!byPart) counts.set(key, (byPart = new Map()));
      byPart.set(part, (byPart.get(part) ?? 0) + 1);
    };
    const hyphens = new Map<number, { joined: number; total: number }>();
    for (const { form, lemma, uposHash } of words) {
      if (form.includes('_')) continue;
      const hyphen = form.lastIndexOf('-');
      if (hyphen > 0 && hyphenSplits(form, 0, form.length, hyphen)) {
        let seen = hyphens.get(uposHash);
        if (!seen) hyphens.set(uposHash, (seen = { joined: 0, total: 0 }));
        seen.total++;
        if (lemma.startsWith(`${form.slice(0, hyphen).replaceAll('-', '_')}_`)) seen.joined++;
      }
      const split = lemma.lastIndexOf('_');
      const head = lemma.slice(split + 1);
      const lower = form.toLowerCase();
      for (let cut = MIN_PART; cut <= form.length - MIN_REST; cut++) {
        if (split < 0 && !lemma.startsWith(lower.slice(0, cut))) break;
        const expected = split < 0 ? lemma.slice(cut) : head;
        if (lexicon.lookup(LemmaLexicon.lowerKey(form, cut, form.length, uposHash)) !== expected) continue;
        count(CompoundParts.key(hashLower(form, 0, cut), uposHash), split < 0 ? lower.slice(0, cut) : lemma.slice(0, split + 1));
        break;
      }
    }
    const parts = new Map<number, string>();
    for (const key of [...counts.keys()].sort((a, b) => a - b)) {
      let best = '';
      let bestCount = 0;
      for (const [part, n] of counts.get(key)!) {
        if (n > bestCount) {
          best = part;
          bestCount = n;
        }
      }
      if (best.endsWith('_') || bestCount >= minPrefixCount) parts.set(key, best);
    }
    for (const [uposHash, { joined, total }] of hyphens) {
      if (total >= HYPHEN_MIN_COUNT && joined >= HYPHEN_MIN_SHARE * total) parts.set(CompoundParts.key(HYPHEN_JOINS, uposHash), '_');
    }
    return new CompoundParts(parts);
  }

  toArrays(): { keys: Uint32Array; parts: string[] } {
    return { keys: Uint32Array.from(this.parts.keys()), parts: [...this.parts.values()] };
  }

  static fromArrays(keys: Uint32Array, parts: string[]): CompoundParts {
    if (keys.length !== parts.length) throw new Error('CompoundParts: keys and parts differ in length');
    const map = new Map<number, string>();
    for (let i = 0; i < keys.length; i++) map.set(keys[i], parts[i]);
    return new CompoundParts(map);
  }
}

/** A hyphen at `cut` with a letter or digit on each side, in a word of letters, digits and hyphens only. */
function hyphenSplits(text: string, start: number, end: number, cut: number): boolean {
  if (cut <= start || cut >= end - 1) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) {
      if (i === start || i === end - 1 || text.charCodeAt(i - 1) === 45) return false;
      continue;
    }
    if (!isWordChar(c)) return false;
  }
  return true;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || lowerCode(c) !== c || (c >= 97 && c <= 122) || (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));
}
