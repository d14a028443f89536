/**
 * Scores found quotes against gold ones (eval/quotes/dev.jsonl, conventions in eval/quotes/README.md). A found quote
 * matches a gold one when their overlap covers at least half of the longer of the two; each is paired at most once,
 * closest spans (overlap over union) first. Over the pairs, the kind and the speaker are compared: a speaker is right when the words
 * of the gold speaker's name are all among the words of a name of the found speaker's actor, or the other way round
 * ("Ri" and "Ri Yong Ho"), and a gold quote without a speaker needs a found one without.
 */
import type { QuoteKind, QuoteRecord } from '../doc/article.js';
import type { Doc } from '../doc/doc.js';

export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  /** The speaker's name as the text gives it (for a pronoun, the name it refers to). */
  speaker?: string;
  cue?: string;
}

export interface GoldQuoteRecord {
  id: string;
  language: string;
  published: string | null;
  text: string;
  quotes: GoldQuote[];
}

/** A found quote with the names its speaker goes by in the article (actor name and mention texts). */
export interface FoundQuote {
  start: number;
  end: number;
  kind: QuoteKind;
  speakerNames: string[];
}

export interface Detection {
  precision: number;
  recall: number;
  f1: number;
  /** Gold quotes matched with everything the measure compares right. */
  correct: number;
}

export interface QuoteScores {
  gold: number;
  found: number;
  /** Span overlap of at least half the longer span. */
  span: Detection;
  /** Identical character spans. */
  exactSpan: Detection;
  /** Span and kind. */
  kind: Detection;
  /** Span and speaker. */
  speaker: Detection;
}

/** The found quotes of a Doc in the form the scorer compares. */
export function foundQuotes(doc: Doc, quotes: readonly QuoteRecord[] = doc.quotes): FoundQuote[] {
  const names = new Map<string, string[]>();
  doc.actors.forEach((actor, k) => {
    const list = [actor.name];
    for (const mention of doc.mentions) if (mention.actor === k) list.push(doc.text.slice(mention.start, mention.end));
    names.set(actor.id, list);
  });
  return quotes.map((q) => ({ start: q.start, end: q.end, kind: q.kind, speakerNames: q.speaker === undefined ? [] : (names.get(q.speaker) ?? [q.speaker]) }));
}

export class QuoteScorer {
  private gold = 0;
  private found = 0;
  private matched = 0;
  private exact = 0;
  private kind = 0;
  private speaker = 0;

  /** Adds one text's gold and found quotes. */
  add(gold: readonly GoldQuote[], found: readonly FoundQuote[]): void {
    this.gold += gold.length;
    this.found += found.length;
    for (const [g, f] of pairs(gold, found)) {
      this.matched++;
      if (g.start === f.start && g.end === f.end) this.exact++;
      if (g.kind === f.kind) this.kind++;
      if (sameSpeaker(g.speaker, f.speakerNames)) this.speaker++;
    }
  }

  scores(): QuoteScores {
    const detection = (correct: number): Detection => {
      const precision = this.found === 0 ? 0 : correct / this.found;
      const recall = this.gold === 0 ? 0 : correct / this.gold;
      return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), correct };
    };
    return {
      gold: this.gold,
      found: this.found,
      span: detection(this.matched),
      exactSpan: detection(this.exact),
      kind: detection(this.kind),
      speaker: detection(this.speaker),
    };
  }
}

/** Gold and found quotes paired by overlap, largest first, each at most once. */
function pairs(gold: readonly GoldQuote[], found: readonly FoundQuote[]): [GoldQuote, FoundQuote][] {
  const candidates: { g: number; f: number; share: number; sameKind: boolean }[] = [];
  gold.forEach((g, gi) => {
    found.forEach((f, fi) => {
      const overlap = Math.min(g.end, f.end) - Math.max(g.start, f.start);
      if (overlap <= 0 || overlap * 2 < Math.max(g.end - g.start, f.end - f.start)) return;
      const union = Math.max(g.end, f.end) - Math.min(g.start, f.start);
      candidates.push({ g: gi, f: fi, share: overlap / union, sameKind: g.kind === f.kind });
    });
  });
  // Closest spans first; of equally close ones, those of the same kind.
  candidates.sort((a, b) => b.share - a.share || Number(b.sameKind) - Number(a.sameKind));
  const usedGold = new Set<number>();
  const usedFound = new Set<number>();
  const result: [GoldQuote, FoundQuote][] = [];
  for (const { g, f } of candidates) {
    if (usedGold.has(g) || usedFound.has(f)) continue;
    usedGold.add(g);
    usedFound.add(f);
    result.push([gold[g], found[f]]);
  }
  return result;
}

function sameSpeaker(gold: string | undefined, names: readonly string[]): boolean {
  if (gold === undefined) return names.length === 0;
  const goldWords = words(gold);
  return names.some((name) => {
    const nameWords = words(name);
    const [shorter, longer] = goldWords.length <= nameWords.length ? [goldWords, nameWords] : [nameWords, goldWords];
    return shorter.length > 0 && shorter.every((word) => longer.includes(word));
  });
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((w) => w !== '' && w !== 'de' && w !== 'the' && w !== 'het');
}
