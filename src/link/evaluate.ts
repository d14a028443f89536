/**
 * Scores found actor mentions against gold ones: detection (exact spans, and overlapping spans each paired once),
 * and over the overlapping pairs, how often the country, the sector and the actor id agree.
 */

/** A gold mention: character span, the actor's country and sector, and its KB id when the KB knows it. */
export interface GoldMention {
  start: number;
  end: number;
  text: string;
  country: string;
  sector: string;
  actor?: string;
}

export interface GoldLinkRecord {
  id: string;
  language: string;
  published: string | null;
  text: string;
  mentions: GoldMention[];
}

/** A mention the linker found, with its actor's fields. */
export interface FoundMention {
  start: number;
  end: number;
  country: string;
  sector: string;
  actor: string;
}

export interface Detection {
  precision: number;
  recall: number;
  f1: number;
}

export interface Accuracy {
  accuracy: number;
  /** Pairs it is measured over. */
  count: number;
}

export interface LinkScores {
  gold: number;
  found: number;
  exact: Detection;
  overlap: Detection;
  country: Accuracy;
  sector: Accuracy;
  /** Over pairs whose gold mention names a KB id. */
  actor: Accuracy;
}

export interface LinkError {
  kind: 'missed' | 'spurious' | 'boundary' | 'country' | 'sector' | 'actor';
  id: string;
  text: string;
  gold?: string;
  found?: string;
}

/** Running totals over records; `scores()` gives percentages. */
export class LinkScorer {
  private gold = 0;
  private found = 0;
  private exact = 0;
  private overlap = 0;
  private readonly right = { country: 0, sector: 0, actor: 0 };
  private actorPairs = 0;
  readonly errors: LinkError[] = [];

  add(record: GoldLinkRecord, found: readonly FoundMention[]): void {
    this.gold += record.mentions.length;
    this.found += found.length;
    const pairs = pair(record.mentions, found);
    const text = (m: { start: number; end: number }) => record.text.slice(m.start, m.end);
    const describe = (m: { country: string; sector: string }, actor?: string) => `${m.country}/${m.sector}${actor ? ` ${actor}` : ''}`;
    const pairedFound = new Set<FoundMention>();
    for (const gold of record.mentions) {
      const match = pairs.get(gold);
      if (!match) {
        this.errors.push({ kind: 'missed', id: record.id, text: gold.text, gold: describe(gold, gold.actor) });
        continue;
      }
      pairedFound.add(match);
      this.overlap++;
      if (match.start === gold.start && match.end === gold.end) this.exact++;
      else this.errors.push({ kind: 'boundary', id: record.id, text: gold.text, found: text(match) });
      const goldText = `${gold.text} -> ${text(match)}`;
      if (match.country === gold.country) this.right.country++;
      else this.errors.push({ kind: 'country', id: record.id, text: goldText, gold: describe(gold), found: describe(match) });
      if (match.sector === gold.sector) this.right.sector++;
      else this.errors.push({ kind: 'sector', id: record.id, text: goldText, gold: describe(gold), found: describe(match) });
      if (gold.actor !== undefined) {
        this.actorPairs++;
        if (match.actor === gold.actor) this.right.actor++;
        else this.errors.push({ kind: 'actor', id: record.id, text: goldText, gold: gold.actor, found: match.actor });
      }
    }
    for (const mention of found) {
      if (!pairedFound.has(mention)) this.errors.push({ kind: 'spurious', id: record.id, text: text(mention), found: describe(mention, mention.actor) });
    }
  }

  scores(): LinkScores {
    const matched = this.overlap;
    return {
      gold: this.gold,
      found: this.found,
      exact: detection(this.exact, this.gold, this.found),
      overlap: detection(this.overlap, this.gold, this.found),
      country: accuracy(this.right.country, matched),
      sector: accuracy(this.right.sector, matched),
      actor: accuracy(this.right.actor, this.actorPairs),
    };
  }
}

/** Pairs gold and found mentions: identical spans first, then overlapping ones, each mention at most once. */
function pair(gold: readonly GoldMention[], found: readonly FoundMention[]): Map<GoldMention, FoundMention> {
  const pairs = new Map<GoldMention, FoundMention>();
  const used = new Set<FoundMention>();
  for (const g of gold) {
    const same = found.find((f) => !used.has(f) && f.start === g.start && f.end === g.end);
    if (same) {
      pairs.set(g, same);
      used.add(same);
    }
  }
  for (const g of gold) {
    if (pairs.has(g)) continue;
    const overlapping = found.find((f) => !used.has(f) && f.start < g.end && g.start < f.end);
    if (overlapping) {
      pairs.set(g, overlapping);
      used.add(overlapping);
    }
  }
  return pairs;
}

const percent = (part: number, whole: number): number => (whole === 0 ? 0 : (100 * part) / whole);

function detection(correct: number, gold: number, found: number): Detection {
  const precision = percent(correct, found);
  const recall = percent(correct, gold);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function accuracy(right: number, count: number): Accuracy {
  return { accuracy: percent(right, count), count };
}
