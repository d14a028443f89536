/**
 * Scores predicted events (the Article's `events`) against hand-coded gold events, text by text.
 *
 * Four levels, each matched one-to-one and greedily within a text (gold events in order, each taking the first
 * unmatched prediction that fits):
 * - `type`: the PLOVER type;
 * - `actors` (the headline): type, source and target;
 * - `status`: and the status, where the gold gives one;
 * - `date`: and the date, where the gold gives one.
 * Traps are texts that only look political (`"trap": true`, no gold events): a trap is clean when it yields no event.
 */
import type { ActorRef, EventRecord, EventStatus, PloverType } from '../doc/article.js';

/** A party to a gold event: its words in the text ("" when the gold only knows its code) and CAMEO-style code. */
export interface GoldActor {
  text: string;
  /** ISO 3166-1 alpha-3 (or a pseudo-code such as EUR, IGO, or a PETRARCH toy code such as ARN); "" when unknown. */
  country: string;
  /** CAMEO-style sector code (GOV, MIL, COP …), "" when the text does not show one. */
  sector: string;
}

export interface GoldEvent {
  type: PloverType;
  mode?: string;
  /** One actor, or several ("Zowel China als Rusland"). */
  source: GoldActor | GoldActor[];
  /** Left out when the event has no recipient. */
  target?: GoldActor | GoldActor[];
  /** Left out when the gold does not judge it (the PETRARCH tests): any predicted status then fits. */
  status?: EventStatus;
  /** ISO 8601 date (or month, year) when the text gives it; left out otherwise, and any predicted date then fits. */
  date?: string;
  /** The parties act together ("een overeenkomst tussen Rusland en Turkije"): their order does not matter. */
  joint?: boolean;
  /** The CAMEO code the gold was converted from (PETRARCH tests). */
  cameo?: string;
}

export interface GoldEventText {
  id: string;
  language: string;
  published: string | null;
  text: string;
  events: GoldEvent[];
  /** A text that only looks political: it must yield no events. */
  trap?: boolean;
}

export const MATCH_LEVELS = ['type', 'actors', 'status', 'date'] as const;
export type MatchLevel = (typeof MATCH_LEVELS)[number];

/** Percentages (0–100) with the counts behind them. */
export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
  matched: number;
  gold: number;
  predicted: number;
}

export interface EventScores extends Record<MatchLevel, PrecisionRecall> {
  /** Trap texts, how many yielded no event, and that share in percent. */
  traps: { texts: number; clean: number; precision: number };
  /** The headline (`actors`) level per PLOVER type, for the types that occur in gold or prediction. */
  perType: Partial<Record<PloverType, PrecisionRecall>>;
  texts: number;
}

export interface EventError {
  kind: 'missed' | 'spurious' | 'trap';
  id: string;
  /** The event, written "TYPE source -> target (status, date)". */
  event: string;
  /** For a missed event: what the best prediction of the same type got wrong, when there is one. */
  why?: string;
}

/** How matching treats predicted actors. */
export interface ActorCoding {
  /**
   * Codes for names the pipeline cannot resolve (the PETRARCH toy countries): a predicted actor whose text contains
   * one of these names gets its country, and its sector when the code has one.
   */
  code(ref: ActorRef): ActorRef;
}

/** Options of an `EventScorer`. */
export interface EventScoring {
  /** Codes for predicted actors (the PETRARCH toy actors). */
  coding?: ActorCoding;
  /**
   * Score dyads, as PETRARCH codes: every event, gold and predicted, becomes one event per source–target pair (per
   * unordered pair for meetings and joint events), so "X attacked Y and Z" is two codings, not one.
   */
  dyads?: boolean;
}

/** Whether the order of the parties does not matter: meetings and calls (not visits or mediation), joint events. */
export function isSymmetric(event: { type: PloverType; mode?: string; joint?: boolean }): boolean {
  return event.joint === true || (event.type === 'CONSULT' && event.mode !== 'visit' && event.mode !== 'third-party');
}

/**
 * Whether a predicted actor is the gold one. By code: the gold has a country or sector, the countries are equal (both
 * may be ""), and so are the sectors when the gold gives one. By text: the last word of either text is a word of the
 * other, case-insensitively ("premier May" ~ "Britse premier May", "de Duitse regering" ~ "regering", "Ze" ~ "ze").
 */
export function actorsMatch(predicted: ActorRef, gold: GoldActor): boolean {
  const goldHasCode = gold.country !== '' || gold.sector !== '';
  if (goldHasCode && predicted.country === gold.country && (gold.sector === '' || predicted.sector === gold.sector)) return true;
  return textsOverlap(predicted.text, gold.text);
}

/** The words of a text, lower case (also used to look up actor names in `evaluate-actors.ts`). */
export function textWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

function textsOverlap(a: string, b: string): boolean {
  const wa = textWords(a);
  const wb = textWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  return wb.includes(wa[wa.length - 1]) || wa.includes(wb[wb.length - 1]);
}

function asList(side: GoldActor | GoldActor[] | undefined): GoldActor[] {
  return side === undefined ? [] : Array.isArray(side) ? side : [side];
}

/** Each gold actor is some predicted one and each predicted actor some gold one (two empty sides agree). */
function sidesMatch(predicted: readonly ActorRef[], gold: readonly GoldActor[]): boolean {
  return gold.every((g) => predicted.some((p) => actorsMatch(p, g))) && predicted.every((p) => gold.some((g) => actorsMatch(p, g)));
}

/** A predicted event as the scorer compares it: in dyad mode one per pair of parties, `joint` for a pair that acts together. */
type Predicted = Pick<EventRecord, 'type' | 'mode' | 'source' | 'target' | 'status' | 'date'> & { joint?: boolean };

function partiesMatch(predicted: Predicted, gold: GoldEvent): boolean {
  const sources = asList(gold.source);
  const targets = asList(gold.target);
  if (isSymmetric(gold) || predicted.joint) return sidesMatch([...predicted.source, ...predicted.target], [...sources, ...targets]);
  return sidesMatch(predicted.source, sources) && sidesMatch(predicted.target, targets);
}

function fits(level: MatchLevel, predicted: Predicted, gold: GoldEvent): boolean {
  if (predicted.type !== gold.type) return false;
  if (level === 'type') return true;
  if (!partiesMatch(predicted, gold)) return false;
  if (level === 'actors') return true;
  if (gold.status !== undefined && predicted.status !== gold.status) return false;
  if (level === 'status') return true;
  return gold.date === undefined || predicted.date === gold.date;
}

/** Greedy one-to-one matching: for each gold event in order, the index of its predicted event, or -1. */
function matchEvents(level: MatchLevel, predicted: readonly Predicted[], gold: readonly GoldEvent[]): number[] {
  const taken = new Array<boolean>(predicted.length).fill(false);
  return gold.map((g) => {
    const k = predicted.findIndex((p, i) => !taken[i] && fits(level, p, g));
    if (k >= 0) taken[k] = true;
    return k;
  });
}

function describeActors(side: readonly { text: string; country: string; sector: string }[]): string {
  if (side.length === 0) return '-';
  return side.map((a) => `${a.text === '' ? '' : `"${a.text}" `}${a.country || '---'}${a.sector}`).join(' + ');
}

function describe(event: GoldEvent | Predicted): string {
  const source = Array.isArray(event.source) ? event.source : asList(event.source);
  const target = Array.isArray(event.target) ? event.target : asList(event.target);
  const mode = event.mode ? `/${event.mode}` : '';
  const extra = [event.status, event.date].filter((x) => x !== undefined).join(', ');
  return `${event.type}${mode} ${describeActors(source)} -> ${describeActors(target)}${extra ? ` (${extra})` : ''}`;
}

/** What keeps the nearest prediction of the same type from matching a missed gold event. */
function whyMissed(predicted: readonly Predicted[], gold: GoldEvent): string | undefined {
  const sameType = predicted.filter((p) => p.type === gold.type);
  if (sameType.length === 0) return undefined;
  const withParties = sameType.find((p) => partiesMatch(p, gold));
  if (!withParties) return `parties differ from ${describe(sameType[0])}`;
  if (gold.status !== undefined && withParties.status !== gold.status) return `status ${withParties.status}`;
  return `date ${withParties.date ?? 'none'}`;
}

/** The unordered pairs of `parties`, each as a one-to-one event side. */
function pairs<T>(parties: readonly T[]): [T, T][] {
  const out: [T, T][] = [];
  for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) out.push([parties[i], parties[j]]);
  return out;
}

/**
 * Dyads of a predicted event: one per source and target (sources × targets, or each source alone when there is no
 * target); a meeting or call, or several sources without a target ("X and Y agreed"), gives one joint dyad per pair
 * of its parties.
 */
function predictedDyads(event: Predicted): Predicted[] {
  const parties = [...event.source, ...event.target];
  const together = isSymmetric(event) || (event.target.length === 0 && event.source.length > 1);
  if (together && parties.length > 1) return pairs(parties).map(([a, b]) => ({ ...event, source: [a], target: [b], joint: true }));
  if (event.target.length === 0) return event.source.map((a) => ({ ...event, source: [a], target: [] }));
  return event.source.flatMap((a) => event.target.map((b) => ({ ...event, source: [a], target: [b] })));
}

/** Dyads of a gold event, as for predictions; the pairs of a meeting or joint event stay joint. */
function goldDyads(event: GoldEvent): GoldEvent[] {
  const sources = asList(event.source);
  const targets = asList(event.target);
  if (isSymmetric(event) && sources.length + targets.length > 1) {
    return pairs([...sources, ...targets]).map(([a, b]) => ({ ...event, source: a, target: b, joint: true }));
  }
  if (targets.length === 0) return sources.map((a) => ({ ...event, source: a }));
  return sources.flatMap((a) => targets.map((b) => ({ ...event, source: a, target: b })));
}

function rates(matched: number, gold: number, predicted: number): PrecisionRecall {
  const precision = predicted === 0 ? 0 : (100 * matched) / predicted;
  const recall = gold === 0 ? 0 : (100 * matched) / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, matched, gold, predicted };
}

/** Accumulates texts with their predicted events; `scores()` and `errors` at any point. */
export class EventScorer {
  readonly errors: EventError[] = [];
  private readonly matched: Record<MatchLevel, number> = { type: 0, actors: 0, status: 0, date: 0 };
  private gold = 0;
  private predicted = 0;
  private texts = 0;
  private trapTexts = 0;
  private cleanTraps = 0;
  private readonly perType = new Map<PloverType, { matched: number; gold: number; predicted: number }>();

  constructor(private readonly options: EventScoring = {}) {}

  /**
   * Scores one text. Predicted actors are first coded with the `coding` of the options, when there is one; with
   * `dyads`, gold and predicted events are split into dyads first.
   */
  add(text: GoldEventText, events: readonly EventRecord[]): void {
    const { coding, dyads } = this.options;
    const coded: readonly Predicted[] = coding
      ? events.map((e) => ({ ...e, source: e.source.map((a) => coding.code(a)), target: e.target.map((a) => coding.code(a)) }))
      : events;
    const predicted = dyads ? coded.flatMap(predictedDyads) : coded;
    const record = dyads ? { ...text, events: text.events.flatMap(goldDyads) } : text;
    this.texts++;
    this.gold += record.events.length;
    this.predicted += predicted.length;
    if (record.trap) {
      this.trapTexts++;
      if (predicted.length === 0) this.cleanTraps++;
      else this.errors.push({ kind: 'trap', id: record.id, event: predicted.map(describe).join('; ') });
    }
    for (const level of MATCH_LEVELS) {
      const matches = matchEvents(level, predicted, record.events);
      this.matched[level] += matches.filter((k) => k >= 0).length;
      if (level === 'actors') this.headline(record, predicted, matches);
    }
  }

  private typeCounts(type: PloverType) {
    let counts = this.perType.get(type);
    if (!counts) this.perType.set(type, (counts = { matched: 0, gold: 0, predicted: 0 }));
    return counts;
  }

  /** Per-type counts and the errors, at the headline level. */
  private headline(record: GoldEventText, predicted: readonly Predicted[], matches: number[]): void {
    record.events.forEach((g, i) => {
      const counts = this.typeCounts(g.type);
      counts.gold++;
      if (matches[i] >= 0) counts.matched++;
      else this.errors.push({ kind: 'missed', id: record.id, event: describe(g), why: whyMissed(predicted, g) });
    });
    predicted.forEach((p, k) => {
      this.typeCounts(p.type).predicted++;
      if (!record.trap && !matches.includes(k)) this.errors.push({ kind: 'spurious', id: record.id, event: describe(p) });
    });
  }

  scores(): EventScores {
    const perType: EventScores['perType'] = {};
    for (const [type, c] of [...this.perType].sort(([a], [b]) => a.localeCompare(b))) perType[type] = rates(c.matched, c.gold, c.predicted);
    const level = (l: MatchLevel) => rates(this.matched[l], this.gold, this.predicted);
    return {
      type: level('type'),
      actors: level('actors'),
      status: level('status'),
      date: level('date'),
      traps: {
        texts: this.trapTexts,
        clean: this.cleanTraps,
        precision: this.trapTexts === 0 ? 0 : (100 * this.cleanTraps) / this.trapTexts,
      },
      perType,
      texts: this.texts,
    };
  }
}
