/**
 * Speech lexicons: per language, the verbs and phrases that introduce what someone says ("zegt dat", "liet weten",
 * "volgens X", "according to X") with the stance they give the speaker towards what follows: a plain report, an
 * allegation, a denial or a confirmation. Read from `src/lang/<code>/speech.json` and validated on first use. The
 * event coder uses them for the status and attribution of events; the quote finder for its cue verbs.
 */
import dutch from '../lang/nl/speech.json' with { type: 'json' };
import english from '../lang/en/speech.json' with { type: 'json' };
import { perLanguage } from '../lang/per-language.js';
import type { ClaimStance } from '../doc/article.js';
import { isRecord, languageDataEntries } from '../lang/validate.js';
import { separableLemma, type SeparableLemma } from './triggers.js';

/** The stance a speech cue gives its speaker towards what is said. */
export const SPEECH_STANCES = ['reports', 'alleges', 'denies', 'confirms'] as const;
export type SpeechStance = (typeof SPEECH_STANCES)[number];

/**
 * How the cue is used: a verb with the speaker as subject ("zegt"), an adposition whose object is the speaker
 * ("volgens X", "according to X"), or an adverb followed by the speaker ("…, aldus X").
 */
export const SPEECH_KINDS = ['verb', 'adposition', 'adverb'] as const;
export type SpeechKind = (typeof SPEECH_KINDS)[number];

/** A speech cue; its lemma may mark a separable particle ("mee|delen"). */
export interface SpeechCue extends SeparableLemma {
  readonly kind: SpeechKind;
  /** A second word that belongs to the cue ("laten" + "weten", "according" + "to", "point" + "out"), or ''. */
  readonly prep: string;
  readonly stance: SpeechStance;
  readonly note: string;
}

export interface SpeechLexicon {
  readonly language: string;
  readonly entries: readonly SpeechCue[];
  /** Entries by `key`; also by `stem` for separable verbs (whose split form is looked up by its stem). */
  readonly byKey: ReadonlyMap<string, readonly SpeechCue[]>;
}


/** The claim stance of a speaker whose cue has this speech stance. */
export function claimStance(stance: SpeechStance): ClaimStance {
  switch (stance) {
    case 'reports':
      return 'asserts';
    case 'alleges':
      return 'alleges';
    case 'denies':
      return 'denies';
    case 'confirms':
      return 'confirms';
  }
}

function validateCue(raw: unknown, where: string, fail: (m: string) => never): SpeechCue {
  const bad = (message: string): never => fail(`${where}: ${message}`);
  if (!isRecord(raw)) return bad('not an object');
  const allowed = new Set(['lemma', 'kind', 'prep', 'stance', 'note']);
  for (const field of Object.keys(raw)) if (!allowed.has(field)) bad(`unknown field '${field}'`);
  const { lemma, stance } = raw;
  const separable = separableLemma(lemma, bad);
  const kind = raw.kind ?? 'verb';
  if (typeof kind !== 'string' || !(SPEECH_KINDS as readonly string[]).includes(kind)) bad(`kind must be one of ${SPEECH_KINDS.join(', ')}`);
  if (separable.particle !== '' && kind !== 'verb') bad('only verbs have separable particles');
  const prep = raw.prep ?? '';
  if (typeof prep !== 'string' || (prep !== '' && !/^\p{Ll}+$/u.test(prep))) bad('prep must be a lower-case word');
  if (typeof stance !== 'string' || !(SPEECH_STANCES as readonly string[]).includes(stance)) {
    bad(`stance must be one of ${SPEECH_STANCES.join(', ')}`);
  }
  const note = raw.note ?? '';
  if (typeof note !== 'string') bad('note must be a string');
  return {
    ...separable,
    kind: kind as SpeechKind,
    prep: prep as string,
    stance: stance as SpeechStance,
    note: note as string,
  };
}

/** Validates speech data of the shape of `src/lang/<code>/speech.json`; throws with the first problem found. */
export function validateSpeech(data: unknown, language: string): SpeechLexicon {
  const { entries, fail } = languageDataEntries(data, language, 'speech data', validateCue);
  const byKey = new Map<string, SpeechCue[]>();
  const seen = new Set<string>();
  for (const entry of entries) {
    const identity = `${entry.lemma}\t${entry.prep}`;
    if (seen.has(identity)) fail(`'${entry.lemma}' is listed twice`);
    seen.add(identity);
    for (const key of entry.particle === '' ? [entry.key] : [entry.key, entry.stem]) {
      const bucket = byKey.get(key) ?? [];
      bucket.push(entry);
      byKey.set(key, bucket);
    }
  }
  // Entries that need a companion word first: "laten" + "weten" before a plain "laten" if one is ever added.
  for (const bucket of byKey.values()) bucket.sort((a, b) => Number(b.prep !== '') - Number(a.prep !== ''));
  return { language, entries, byKey };
}

/** The speech data of each language. Adding a language: add `src/lang/<code>/speech.json` and one line here. */
const SPEECH = perLanguage('speech data', { nl: dutch, en: english }, validateSpeech);

export const SPEECH_LANGUAGES: readonly string[] = SPEECH.languages;

/** The speech lexicon of a language, validated on first use; throws for a language without one. */
export function speechVerbsFor(language: string): SpeechLexicon {
  return SPEECH.get(language);
}
