/**
 * From coded trigger mentions to contract records: mentions of one event are merged into the first (same type,
 * parties of the later one among those of the first; a mention without parties of its own, "Het gesprek", joins
 * the latest event of its type nearby), so that a phone call reported three times is one event and a meeting one
 * record with both parties. Then claims: who asserts, alleges or confirms an attributed event, and who denies it —
 * also a denial that points back to what was said before ("Zowel China als Rusland ontkent dat."). A reported
 * event that another party denies is an allegation.
 */
import type { CharSpan, ClaimRecord, EventRecord, EventStatus } from '../../doc/article.js';
import { cameoCode } from '../ontology.js';
import { claimStance, type SpeechStance } from '../speech.js';
import type { TriggerEntry } from '../triggers.js';
import type { ParseView } from './parse-view.js';
import type { Party } from './parties.js';
import { SYMMETRIC_TYPES } from './symmetric.js';

export interface EventCandidate {
  trigger: number;
  entry: TriggerEntry;
  source: Party[];
  target: Party[];
  /** Has a political source: an event by itself; otherwise only a further mention of one. */
  complete: boolean;
  /** A nominal with a definite determiner ("het gesprek"): it may refer back to an event told before. */
  anaphoric: boolean;
  /** A directed event done to each other ("beschuldigen elkaar"): the coder adds the mirrored one. */
  mutual: boolean;
  status: EventStatus;
  speakers: Party[];
  stance: SpeechStance | '';
  /** Token of the speech cue, -1 when none. */
  cue: number;
  sentence: number;
  evidence: CharSpan;
  date: string | undefined;
  location: { text: string; country: string } | undefined;
  confidence: number;
}

/** How many sentences back a mention without parties may refer. */
const ANAPHORA_WINDOW = 3;

interface EventGroup {
  first: EventCandidate;
  mode: string;
  cameo: string;
  status: EventStatus;
  date: string | undefined;
  location: { text: string; country: string } | undefined;
  mentions: CharSpan[];
  sentences: Set<number>;
  lastSentence: number;
  denials: { speakers: Party[]; evidence: CharSpan }[];
}

/**
 * The events and claims of a document from its candidates (in text order) and its backward-pointing denials
 * (speech cue token → the denying speakers).
 */
export function buildRecords(
  candidates: readonly EventCandidate[],
  view: ParseView,
  denials: ReadonlyMap<number, Party[]>,
): { events: EventRecord[]; claims: ClaimRecord[] } {
  const groups: EventGroup[] = [];
  for (const candidate of candidates) {
    const group = findGroup(groups, candidate, view);
    if (group !== undefined) absorb(group, candidate);
    else if (candidate.complete) groups.push(newGroup(candidate));
  }
  for (const [cue, speakers] of denials) {
    const sentence = view.sentence[cue];
    const before = groups.filter((g) => g.sentences.has(sentence - 1));
    const said = before.filter((g) => g.first.stance === 'reports' || g.first.stance === 'alleges');
    const [a, b] = view.extent(cue);
    const evidence = { start: view.doc.starts[a], end: view.doc.ends[b] };
    for (const group of said.length > 0 ? said : before) {
      group.denials.push({ speakers, evidence });
      if (group.status === 'reported') group.status = 'alleged';
    }
  }
  const events: EventRecord[] = [];
  const claims: ClaimRecord[] = [];
  const claim = (claimant: string | undefined, stance: ClaimRecord['stance'], event: string, evidence: CharSpan) => {
    if (claimant === undefined || claims.some((c) => c.claimant === claimant && c.event === event && c.stance === stance)) return;
    claims.push({ id: `c${claims.length + 1}`, claimant, stance, event, evidence });
  };
  for (const group of groups) {
    const id = `ev${events.length + 1}`;
    const { first } = group;
    const attributedTo = first.speakers.find((p) => p.ref.actor !== undefined)?.ref.actor;
    const code = cameoCode(group.cameo);
    const event: EventRecord = {
      id,
      type: first.entry.type,
      ...(group.mode !== '' && { mode: group.mode }),
      cameo: group.cameo,
      ...(code !== undefined && { goldstein: code.goldstein }),
      source: first.source.map((p) => p.ref),
      target: first.target.map((p) => p.ref),
      ...(group.date !== undefined && { date: group.date }),
      ...(group.location !== undefined && { location: group.location }),
      status: group.status,
      ...(attributedTo !== undefined && { attributedTo }),
      sentence: first.sentence,
      evidence: first.evidence,
      ...(group.mentions.length > 0 && { mentions: group.mentions }),
      confidence: first.confidence,
    };
    events.push(event);
    const cueSpan = first.cue >= 0 ? spanOf(view, first.cue) : first.evidence;
    if (first.stance !== '') {
      const denied = group.denials.length > 0;
      const stance = denied && first.stance === 'reports' ? 'alleges' : claimStance(first.stance);
      for (const speaker of first.speakers) claim(speaker.ref.actor, stance, id, cueSpan);
    }
    for (const denial of group.denials) for (const speaker of denial.speakers) claim(speaker.ref.actor, 'denies', id, denial.evidence);
  }
  return { events, claims };
}

function newGroup(candidate: EventCandidate): EventGroup {
  return {
    first: candidate,
    mode: candidate.entry.mode,
    cameo: candidate.entry.cameo,
    status: candidate.status,
    date: candidate.date,
    location: candidate.location,
    mentions: [],
    sentences: new Set([candidate.sentence]),
    lastSentence: candidate.sentence,
    denials: [],
  };
}

function absorb(group: EventGroup, candidate: EventCandidate): void {
  group.mentions.push(candidate.evidence);
  group.sentences.add(candidate.sentence);
  group.lastSentence = candidate.sentence;
  group.date ??= candidate.date;
  group.location ??= candidate.location;
  if (group.mode === '' && candidate.entry.mode !== '') {
    group.mode = candidate.entry.mode;
    group.cameo = candidate.entry.cameo;
  }
}

/** The earlier event a candidate is a further mention of, latest first. */
function findGroup(groups: readonly EventGroup[], candidate: EventCandidate, view: ParseView): EventGroup | undefined {
  const parties = [...candidate.source, ...candidate.target];
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g];
    const { first } = group;
    if (first.entry.type !== candidate.entry.type || first.trigger === candidate.trigger) continue;
    // A verb and its own nominal object telling one event ("sloten een overeenkomst"): one record.
    if (view.head[candidate.trigger] === first.trigger || view.head[first.trigger] === candidate.trigger) return group;
    if (parties.length === 0) {
      if (candidate.sentence - group.lastSentence <= ANAPHORA_WINDOW) return group;
      continue;
    }
    // Two events with a source each are one only when the later names its target or refers back ("de invasie").
    if (candidate.complete && candidate.target.length === 0 && !candidate.anaphoric) continue;
    const all = new Set([...first.source, ...first.target].map((p) => p.key));
    if (!parties.every((p) => all.has(p.key))) continue;
    if (candidate.complete && !sameDirection(first, candidate)) continue;
    return group;
  }
  return undefined;
}

/** For a directed event, the later mention's sources are sources of the first (symmetric types have one source). */
function sameDirection(first: EventCandidate, later: EventCandidate): boolean {
  if (later.target.length === 0 || first.target.length === 0) return true;
  const sources = new Set(first.source.map((p) => p.key));
  const targets = new Set(first.target.map((p) => p.key));
  if (later.source.every((p) => sources.has(p.key))) return true;
  // A meeting told the other way round ("Xi sprak met Biden" after "Biden belde Xi") is the same meeting.
  return symmetricType(first) && later.source.every((p) => targets.has(p.key));
}

function symmetricType(candidate: EventCandidate): boolean {
  return SYMMETRIC_TYPES.has(candidate.entry.type);
}

function spanOf(view: ParseView, token: number): CharSpan {
  const [a, b] = view.extent(token);
  return { start: view.doc.starts[a], end: view.doc.ends[b] };
}
