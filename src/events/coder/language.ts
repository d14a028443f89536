/**
 * What the event coder needs to know about a language beyond its triggers and speech verbs: the words of negation,
 * modality and tense, the pronouns it treats specially, the verbs that lend their subject to a nominal event, and
 * the words of the domains in which a trigger is no political event. Read from `src/lang/<code>/coder.json`.
 */
import dutch from '../../lang/nl/coder.json' with { type: 'json' };
import english from '../../lang/en/coder.json' with { type: 'json' };
import { perLanguage } from '../../lang/per-language.js';
import type { NegativeContext } from '../triggers.js';
import { isRecord, languageDataRecord } from '../../lang/validate.js';

export type DomainContext = Extract<NegativeContext, 'sport' | 'nature' | 'medical' | 'economy'>;
const DOMAINS: readonly DomainContext[] = ['sport', 'nature', 'medical', 'economy'];

export interface CoderLanguage {
  readonly language: string;
  /** Lemmas or forms that negate their head ("niet", "geen", "not"). */
  readonly negation: ReadonlySet<string>;
  /** Auxiliary forms of possibility and condition ("zou", "kan", "would", "may"). */
  readonly hypotheticalAux: ReadonlySet<string>;
  /** Adverbs and adjectives that make an event possible rather than real ("mogelijk", "possibly"). */
  readonly hypotheticalAdverbs: ReadonlySet<string>;
  /** Subordinators of a condition ("als", "indien", "if"). */
  readonly conditionalMarkers: ReadonlySet<string>;
  /** Subordinators of a that-clause ("dat", "that"): a clause they mark is a complement, whatever the parser calls it. */
  readonly complementizers: ReadonlySet<string>;
  /** Auxiliary forms of the future ("zal", "will"). */
  readonly futureAux: ReadonlySet<string>;
  /** Verbs whose infinitive complement is planned ("gaat bezoeken", "plans to visit"). */
  readonly futureHeads: ReadonlySet<string>;
  /** The infinitive marker ("te", "to"). */
  readonly infinitiveMarker: string;
  /** Prepositions of the agent of a passive ("door", "by"). */
  readonly agentPrepositions: ReadonlySet<string>;
  readonly reciprocals: ReadonlySet<string>;
  readonly reflexives: ReadonlySet<string>;
  /** Nouns of private people ("man", "inwoner", "demonstrant"): civilians as parties, and animate objects. */
  readonly personNouns: ReadonlySet<string>;
  /** Pronouns that stand for a party told before ("hij", "ze", "they"): resolved to the latest actor before them. */
  readonly thirdPersonPronouns: ReadonlySet<string>;
  /** Pronouns of the speaker or the addressed ("ik", "wij", "we"): a party, left as written. */
  readonly speakerPronouns: ReadonlySet<string>;
  readonly relativePronouns: ReadonlySet<string>;
  /**
   * Pronouns for a thing or for what was said: as the object of a denial they point back to the previous sentence
   * ("ontkent dat"); as any object they name no actor ("passed it").
   */
  readonly anaphoricObjects: ReadonlySet<string>;
  /** Determiners that make a nominal event refer back to one already told ("het gesprek", "the talks"). */
  readonly definiteDeterminers: ReadonlySet<string>;
  /** Verbs whose subject is the source of the nominal event they take as object ("een gesprek voeren"), joined keys. */
  readonly supportVerbs: ReadonlySet<string>;
  /** Prepositions whose coordinated complement are the parties on both sides ("een akkoord tussen X en Y"). */
  readonly betweenPrepositions: ReadonlySet<string>;
  /** Prepositions of a meeting its clause's subject takes part in ("tijdens een overleg", "during talks"). */
  readonly participationPrepositions: ReadonlySet<string>;
  /** Prepositions of a possessor: "de bezettingsmacht van de VS" stands for the VS. */
  readonly possessivePrepositions: ReadonlySet<string>;
  /** Prepositions whose complement may be the target when the trigger's own slots give none ("ties with X"). */
  readonly targetPrepositions: ReadonlySet<string>;
  /** Prepositions of a place ("in Rome"). */
  readonly locativePrepositions: ReadonlySet<string>;
  /**
   * Words of suspicion ("op verdenking van", "verdacht van"): a nominal event they govern is alleged, done by the one
   * suspected. Optional: empty for a language without the list.
   */
  readonly suspicionWords: ReadonlySet<string>;
  /** Forms of the future's past ("zou", "would"): in reported speech a future, elsewhere a condition. Optional. */
  readonly pastFutureAux: ReadonlySet<string>;
  /** Auxiliaries (lemmas) of a perfect that is never passive ("hebben"): a subject labelled passive beside one acts. Optional. */
  readonly activePerfectAux: ReadonlySet<string>;
  /** Words that make a "met" complement a companion, not a target ("samen met zijn vrouw"). Optional. */
  readonly comitativeWords: ReadonlySet<string>;
  /**
   * Verbs that schedule a nominal event they take as an argument ("de ontmoeting uitstellen", "zich voorbereiden op
   * een top"): the event is planned, not held, so announced. Optional.
   */
  readonly schedulingVerbs: ReadonlySet<string>;
  /**
   * Prepositions of a request on whose strength the clause's subject acts ("op verzoek van X": X asked the subject,
   * who is the target). Optional.
   */
  readonly onRequestPrepositions: ReadonlySet<string>;
  /** Verbs whose nominal object is prevented, so did not happen ("een aanval afwenden", "avert"). Optional. */
  readonly preventionVerbs: ReadonlySet<string>;
  /** Endings of a name in the genitive ("s": "Bidens veiligheidsadviseur"), which owns the noun after it. Optional. */
  readonly genitiveEndings: ReadonlySet<string>;
  /** Pronouns for a group ("they" after "Trump and Kim" is both of them). Optional. */
  readonly pluralPronouns: ReadonlySet<string>;
  /** Infinitive markers that are also a degree adverb ("te vroeg" = too early, not "to ask"). Optional. */
  readonly degreeWords: ReadonlySet<string>;
  /** Markers of a clause of purpose with an infinitive ("om … te"): its event is intended, not done. Optional. */
  readonly purposeMarkers: ReadonlySet<string>;
  /**
   * Verbs of deciding ("besluiten", "kiezen", "decide"): an "om … te" clause under one is what was decided, told as
   * done, not a purpose. Optional.
   */
  readonly decisionVerbs: ReadonlySet<string>;
  /**
   * First parts of pronominal adverbs ("waar", "daar", "er", "hier" in "waarop", "daartegen"), which stand for a
   * preposition with a pronoun: "waarop … aandringen" has the "op" of "aandringen op". Optional.
   */
  readonly pronominalPrefixes: ReadonlySet<string>;
  /** Words built like pronominal adverbs that are adverbs of their own ("waarom" = why, "daarom" = therefore). Optional. */
  readonly lexicalAdverbs: ReadonlySet<string>;
  /**
   * Words of a preposition of means ("middels", the "middel" of "door middel van", "via"): a nominal event it marks
   * is done by the clause's subject ("verhoogt de druk door middel van sancties"). Optional.
   */
  readonly instrumentWords: ReadonlySet<string>;
  /**
   * First parts of relative pronominal adverbs ("waar" in "waarop", "waarmee"): such a word opens a relative
   * clause, so nothing before it is the clause's subject. Optional.
   */
  readonly relativePrefixes: ReadonlySet<string>;
  /**
   * Nouns of saying ("verklaring", "statement"): a that-clause they govern is reported by the subject of their
   * verb, whatever the verb ("een verklaring uitbrengen dat …"). Optional.
   */
  readonly reportNouns: ReadonlySet<string>;
  /**
   * Past forms of a future head that tell what happened ("ging", "gingen": "gingen samen ontbijten" is no plan). Optional.
   */
  readonly pastMotionForms: ReadonlySet<string>;
  /** Auxiliary forms of obligation ("moet", "must"): what a speaker says another must do is a demand. Optional. */
  readonly obligationAux: ReadonlySet<string>;
  /** First-person pronouns ("ik", "I", "we"): inside a direct quote they stand for its speaker. Optional. */
  readonly firstPersonPronouns: ReadonlySet<string>;
  /** Second-person pronouns ("jullie", "you"): inside a direct quote they stand for whom it is told to. Optional. */
  readonly secondPersonPronouns: ReadonlySet<string>;
  /** Prepositions of the one told something ("zei tegen de militairen", "said to"). Optional. */
  readonly addresseePrepositions: ReadonlySet<string>;
  /**
   * Fine-grained tags (xpos, lower case) of a gerund or present participle ("vbg"): an adjunct clause headed by one
   * without a subject has its clause's subject ("after accusing China"). Optional.
   */
  readonly gerundTags: ReadonlySet<string>;
  /**
   * Fine-grained tags (xpos, lower case) of a finite past verb ("vbd"): one the parser hung on a noun as a modifier
   * ("as the leaders of Turkey and Germany met") has that noun as its subject. Optional.
   */
  readonly finitePastTags: ReadonlySet<string>;
  /**
   * Markers of a gerund whose doer is its verb's object ("accused China of seeking", "praised Kim for taking"). Optional.
   */
  readonly objectControlMarkers: ReadonlySet<string>;
  /** Lemmas that place a sentence in a domain where triggers are no political events. */
  readonly contexts: ReadonlyMap<DomainContext, ReadonlySet<string>>;
}

const LIST_FIELDS = [
  'negation',
  'hypotheticalAux',
  'hypotheticalAdverbs',
  'conditionalMarkers',
  'complementizers',
  'futureAux',
  'futureHeads',
  'agentPrepositions',
  'reciprocals',
  'reflexives',
  'personNouns',
  'thirdPersonPronouns',
  'speakerPronouns',
  'relativePronouns',
  'anaphoricObjects',
  'definiteDeterminers',
  'supportVerbs',
  'betweenPrepositions',
  'participationPrepositions',
  'possessivePrepositions',
  'targetPrepositions',
  'locativePrepositions',
] as const;

/** Lists a language may leave out (then empty). */
const OPTIONAL_LIST_FIELDS = ['suspicionWords', 'pastFutureAux', 'activePerfectAux', 'comitativeWords', 'schedulingVerbs', 'obligationAux', 'firstPersonPronouns', 'secondPersonPronouns', 'addresseePrepositions', 'onRequestPrepositions', 'purposeMarkers', 'preventionVerbs', 'decisionVerbs', 'pronominalPrefixes', 'relativePrefixes', 'instrumentWords', 'reportNouns', 'pastMotionForms', 'lexicalAdverbs', 'gerundTags', 'finitePastTags', 'objectControlMarkers', 'genitiveEndings', 'pluralPronouns', 'degreeWords'] as const;

/** Validates data of the shape of `src/lang/<code>/coder.json`; throws with the first problem found. */
export function validateCoderLanguage(raw: unknown, language: string): CoderLanguage {
  const { record: data, fail } = languageDataRecord(raw, language, 'coder data');
  const known = new Set<string>(['language', 'infinitiveMarker', 'contexts', ...OPTIONAL_LIST_FIELDS, ...LIST_FIELDS]);
  for (const field of Object.keys(data)) if (!known.has(field)) fail(`unknown field '${field}'`);
  const words = (value: unknown, where: string): Set<string> => {
    if (!Array.isArray(value) || value.length === 0) return fail(`${where} must be a non-empty list`);
    for (const word of value) {
      if (typeof word !== 'string' || word === '' || word !== word.toLowerCase() || /\s/.test(word)) fail(`${where}: ${JSON.stringify(word)} is not a lower-case word`);
    }
    return new Set((value as string[]).map((w) => w.replace('|', '')));
  };
  const lists = Object.fromEntries(LIST_FIELDS.map((field) => [field, words(data[field], field)])) as Record<(typeof LIST_FIELDS)[number], Set<string>>;
  const marker = data.infinitiveMarker;
  if (typeof marker !== 'string' || marker === '') fail('infinitiveMarker must be a word');
  if (!isRecord(data.contexts)) return fail('contexts must be an object');
  const contexts = new Map<DomainContext, Set<string>>();
  for (const [name, list] of Object.entries(data.contexts)) {
    if (!(DOMAINS as readonly string[]).includes(name)) fail(`unknown context '${name}' (one of ${DOMAINS.join(', ')})`);
    contexts.set(name as DomainContext, words(list, `contexts.${name}`));
  }
  for (const domain of DOMAINS) if (!contexts.has(domain)) fail(`contexts.${domain} is missing`);
  const optional = Object.fromEntries(
    OPTIONAL_LIST_FIELDS.map((field) => [field, data[field] === undefined ? new Set<string>() : words(data[field], field)]),
  ) as Record<(typeof OPTIONAL_LIST_FIELDS)[number], Set<string>>;
  return { language, infinitiveMarker: marker as string, contexts, ...optional, ...lists };
}

const CODER_DATA = perLanguage('event coder data', { nl: dutch, en: english }, validateCoderLanguage);

/** The coder data of a language, validated on first use; throws for a language without one. */
export function coderLanguage(language: string): CoderLanguage {
  return CODER_DATA.get(language);
}
