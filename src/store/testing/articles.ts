import type { ActorRecord, ActorRef, Article, EventRecord, EventStatus, PloverType } from '../../doc/article.js';

/** An actor of a hand-made article, named by a key of ACTORS. */
export const ACTORS = {
  china: { name: 'China', country: 'CHN', sector: 'GOV', wikidata: 'Q148' },
  taiwan: { name: 'Taiwan', country: 'TWN', sector: 'GOV', wikidata: 'Q865' },
  usa: { name: 'United States', country: 'USA', sector: 'GOV', wikidata: 'Q30' },
  protesters: { name: 'protesters', country: 'TWN', sector: 'CVL' },
} as const;
export type ActorName = keyof typeof ACTORS;

export interface EventSpec {
  type: PloverType;
  /** Words of the text that are the evidence (the first occurrence). */
  evidence: string;
  source: ActorName[];
  target?: ActorName[];
  status?: EventStatus;
  date?: string;
  cameo?: string;
  goldstein?: number;
  attributedTo?: ActorName;
  location?: { text: string; country: string };
  confidence?: number;
}

export interface ArticleSpec {
  id: string;
  text: string;
  title?: string;
  url?: string;
  published?: string | null;
  language?: string;
  source?: string;
  events?: EventSpec[];
}

/**
 * A hand-made Article as the full pipeline would produce it: one sentence per line, an entity and an actor for each
 * actor name found in the text, events with their parties, a quote and a claim for the first event.
 */
export function makeArticle(spec: ArticleSpec): Article {
  const { text } = spec;
  const sentences: Article['sentences'] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') sentences.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  const actors: ActorRecord[] = [];
  const entities: Article['entities'] = [];
  const actorIds = new Map<ActorName, string>();
  for (const [name, info] of Object.entries(ACTORS) as [ActorName, (typeof ACTORS)[ActorName]][]) {
    const at = text.indexOf(info.name);
    if (at < 0) continue;
    const actorId = `a${actors.length + 1}`;
    const entityId = `n${entities.length + 1}`;
    actorIds.set(name, actorId);
    entities.push({ id: entityId, start: at, end: at + info.name.length, text: info.name, label: 'LOC', actor: actorId });
    actors.push({
      id: actorId,
      name: info.name,
      country: info.country,
      sector: info.sector,
      ...('wikidata' in info && { wikidata: info.wikidata }),
      mentions: [{ start: at, end: at + info.name.length, text: info.name, entity: entityId }],
    });
  }
  const ref = (name: ActorName): ActorRef => {
    const info = ACTORS[name];
    const id = actorIds.get(name);
    return { ...(id !== undefined && { actor: id }), text: info.name, country: info.country, sector: info.sector };
  };
  const events = (spec.events ?? []).map((event, i): EventRecord => {
    const at = text.indexOf(event.evidence);
    if (at < 0) throw new Error(`makeArticle ${spec.id}: evidence "${event.evidence}" is not in the text`);
    const sentence = Math.max(0, sentences.findIndex((s) => s.start <= at && at < s.end));
    const attributedTo = event.attributedTo === undefined ? undefined : actorIds.get(event.attributedTo);
    return {
      id: `e${i + 1}`,
      type: event.type,
      ...(event.cameo !== undefined && { cameo: event.cameo }),
      ...(event.goldstein !== undefined && { goldstein: event.goldstein }),
      source: event.source.map(ref),
      target: (event.target ?? []).map(ref),
      ...(event.date !== undefined && { date: event.date }),
      ...(event.location !== undefined && { location: event.location }),
      status: event.status ?? 'asserted',
      ...(attributedTo !== undefined && { attributedTo }),
      sentence,
      evidence: { start: at, end: at + event.evidence.length },
      confidence: event.confidence ?? 0.9,
    };
  });
  const first = events[0];
  const speaker = first?.source[0]?.actor;
  return {
    id: spec.id,
    language: spec.language ?? 'en',
    published: spec.published === undefined ? null : spec.published,
    ...(spec.title !== undefined && { title: spec.title }),
    ...(spec.source !== undefined && { source: spec.source }),
    ...(spec.url !== undefined && { url: spec.url }),
    text,
    sentences,
    entities,
    actors,
    timexes: [],
    quotes: first
      ? [{
          id: 'q1',
          ...first.evidence,
          text: text.slice(first.evidence.start, first.evidence.end),
          kind: 'indirect',
          ...(speaker !== undefined && { speaker }),
        }]
      : [],
    events,
    claims: first && speaker !== undefined
      ? [{ id: 'c1', claimant: speaker, stance: 'asserts', event: first.id, evidence: first.evidence }]
      : [],
    errors: [],
  };
}

/** Three articles whose events exercise every query filter and export format (see the conformance suite). */
export function sampleArticles(): Article[] {
  return [
    makeArticle({
      id: 'threat',
      url: 'https://news.example/china-taiwan',
      title: 'China warns Taiwan',
      published: '2024-03-05',
      source: 'Example News',
      text: 'China threatened Taiwan with a blockade on Monday.\nThe United States met China in Beijing.',
      events: [
        {
          type: 'THREATEN',
          evidence: 'China threatened Taiwan with a blockade',
          source: ['china'],
          target: ['taiwan'],
          date: '2024-03-04',
          cameo: '138',
          goldstein: -7,
          location: { text: 'Taiwan Strait', country: 'TWN' },
        },
        {
          type: 'CONSULT',
          evidence: 'The United States met China',
          source: ['usa'],
          target: ['china'],
          status: 'reported',
          cameo: '040',
          goldstein: 1,
        },
      ],
    }),
    makeArticle({
      id: 'protest',
      url: 'https://news.example/taipei-protest',
      title: 'Protest in Taipei',
      published: '2024-02-10',
      text: 'Protesters in Taipei marched against China, Taiwan said.\nThe protesters were peaceful, according to Taiwan.',
      events: [
        {
          type: 'PROTEST',
          evidence: 'Protesters in Taipei marched against China',
          source: ['taiwan'],
          target: ['china'],
          status: 'alleged',
          attributedTo: 'taiwan',
          cameo: '141',
          goldstein: -6.5,
        },
      ],
    }),
    makeArticle({
      id: 'talks',
      title: 'Talks, "again"\nin Geneva',
      published: null,
      text: 'The United States and China agreed to talk again\tin Geneva.\nNo date was set.',
      events: [
        {
          type: 'AGREE',
          evidence: 'The United States and China agreed to talk again\tin Geneva',
          source: ['usa', 'china'],
          date: '2024-04',
          cameo: '030',
          goldstein: 4,
        },
      ],
    }),
  ];
}
