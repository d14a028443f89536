import type { SegmenterData } from './language-data.js';

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const BACKTICK = 0x60;

/** Tokens after word expansion: syntactic words, those split off a surface token marked as fused. */
export interface ExpandedTokens {
  starts: Int32Array;
  ends: Int32Array;
  fused: Uint8Array;
  /** For each surface token, the index of its first word. */
  firstWord: Int32Array;
}

function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE || code === BACKTICK;
}

/**
 * Splits surface tokens into the syntactic words that treebanks (and so the tagger and parser) use: a clitic off
 * its host ("don't" -> "do" + "n't", "Russia's" -> "Russia" + "'s") and fused words into their parts ("cannot").
 * Every word is a slice of the original text, so offsets stay exact. Cheap checks first: a token is looked at
 * more closely only when one of its last characters is an apostrophe, or its length and first letter fit a
 * fused word.
 */
export class WordExpander {
  /** Clitics by the distance of their apostrophe from the end of the token ("n't": 2, "'s": 2, "'ll": 3). */
  private readonly clitics: { apostropheFromEnd: number; lower: string }[];
  private readonly fusedWords: Map<string, number>;
  private readonly fusedLengths: Set<number>;
  readonly active: boolean;

  constructor(data: SegmenterData) {
    this.clitics = data.clitics
      .map((c) => ({ apostropheFromEnd: c.length - c.indexOf("'"), lower: c }))
      .sort((a, b) => b.lower.length - a.lower.length);
    this.fusedWords = new Map(Object.entries(data.fusedWords).map(([word, parts]) => [word, parts[0].length]));
    this.fusedLengths = new Set([...this.fusedWords.keys()].map((w) => w.length));
    this.active = this.clitics.length > 0 || this.fusedWords.size > 0;
  }

  expand(text: string, starts: Int32Array, ends: Int32Array, count: number): ExpandedTokens {
    const firstWord = new Int32Array(count);
    let outStarts = new Int32Array(count + 16);
    let outEnds = new Int32Array(count + 16);
    let fused = new Uint8Array(count + 16);
    let n = 0;
    const push = (start: number, end: number, continues: boolean) => {
      if (n === outStarts.length) {
        const grow = <T extends Int32Array | Uint8Array>(a: T, make: (size: number) => T): T => {
          const bigger = make(a.length * 2);
          bigger.set(a);
          return bigger;
        };
        outStarts = grow(outStarts, (size) => new Int32Array(size));
        outEnds = grow(outEnds, (size) => new Int32Array(size));
        fused = grow(fused, (size) => new Uint8Array(size));
      }
      outStarts[n] = start;
      outEnds[n] = end;
      fused[n] = continues ? 1 : 0;
      n++;
    };
    for (let i = 0; i < count; i++) {
      firstWord[i] = n;
      const start = starts[i];
      const end = ends[i];
      const split = this.splitPoint(text, start, end);
      if (split > start) {
        push(start, split, false);
        push(split, end, true);
      } else {
        push(start, end, false);
      }
    }
    return { starts: outStarts.slice(0, n), ends: outEnds.slice(0, n), fused: fused.slice(0, n), firstWord };
  }

  /** Where the token [start, end) splits into two words, or `start` when it is one word. */
  private splitPoint(text: string, start: number, end: number): number {
    const length = end - start;
    if (length >= 2 && this.clitics.length > 0) {
      const tail = Math.min(3, length - 1);
      for (let back = 1; back <= tail; back++) {
        if (!isApostrophe(text.charCodeAt(end - back))) continue;
        for (const clitic of this.clitics) {
          if (clitic.lower.length >= length || clitic.apostropheFromEnd !== back) continue;
          if (matchesClitic(text, end - clitic.lower.length, clitic.lower)) return end - clitic.lower.length;
        }
      }
    }
    if (this.fusedLengths.has(length)) {
      const head = this.fusedWords.get(text.slice(start, end).toLowerCase());
      if (head !== undefined) return start + head;
    }
    return start;
  }
}

/** Whether the text at `at` spells `clitic`, case-insensitively and with any apostrophe for its apostrophe. */
function matchesClitic(text: string, at: number, clitic: string): boolean {
  for (let k = 0; k < clitic.length; k++) {
    const expected = clitic.charCodeAt(k);
    const actual = text.charCodeAt(at + k);
    if (expected === APOSTROPHE ? !isApostrophe(actual) : (actual | 0x20) !== expected) return false;
  }
  // The host must end in a letter, digit or abbreviation period ("U.S.'s"): "''" is a quote, not a clitic.
  return /[\p{L}\p{N}.]/u.test(text[at - 1] ?? '');
}
