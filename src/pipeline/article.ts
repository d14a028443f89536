import type { ActorRecord, Article, EntityLabel, EntityRecord, TokenRecord } from '../doc/article.js';
import type { Doc } from '../doc/doc.js';
import type { ArticleInput } from '../io/input.js';
import type { ComponentFailure } from './pipeline.js';

export interface ArticleOptions {
  /** Include the token list (it is large). */
  tokens: boolean;
}

/** The output contract's view of an analysed Doc. */
export function articleFromDoc(
  doc: Doc,
  input: ArticleInput,
  published: string | null,
  failures: ComponentFailure[],
  options: ArticleOptions,
): Article {
  const article: Article = {
    id: input.id,
    language: doc.language,
    published,
    ...(input.title !== undefined && { title: input.title }),
    ...(input.source !== undefined && { source: input.source }),
    ...(input.url !== undefined && { url: input.url }),
    text: doc.text,
    sentences: [...doc.sentences()].map((s) => ({ start: s.startChar, end: s.endChar })),
    ...entitiesAndActors(doc),
    timexes: doc.timexes.map((t) => ({ start: t.start, end: t.end, text: doc.text.slice(t.start, t.end), value: t.value })),
    quotes: doc.quotes,
    events: doc.events,
    claims: doc.claims,
    errors: failures.map((f) => ({ source: f.component, message: f.message })),
  };
  if (options.tokens) article.tokens = tokenRecords(doc);
  return article;
}

function tokenRecords(doc: Doc): TokenRecord[] {
  const records: TokenRecord[] = new Array(doc.length);
  const { strings } = doc;
  for (let i = 0; i < doc.length; i++) {
    records[i] = {
      start: doc.starts[i],
      end: doc.ends[i],
      text: doc.tokenText(i),
      tag: strings.get(doc.upos[i]),
      lemma: strings.get(doc.lemma[i]),
      head: doc.head[i],
      dep: strings.get(doc.dep[i]),
    };
  }
  return records;
}

/**
 * Entities from the recognizer, and the actors that the linker resolved mentions to. An entity whose span is a
 * mention points to its actor; each actor lists its mentions, with the entity of the same span.
 */
function entitiesAndActors(doc: Doc): { entities: EntityRecord[]; actors: ActorRecord[] } {
  const actorOfSpan = new Map(doc.mentions.map((m) => [`${m.start}:${m.end}`, m.actor]));
  const actors: ActorRecord[] = doc.actors.map((a) => ({
    id: a.id,
    name: a.name,
    country: a.country,
    sector: a.sector,
    ...(a.wikidata !== undefined && { wikidata: a.wikidata }),
    mentions: [],
  }));
  const entities = doc.entities().map((span, k): EntityRecord => {
    const entity: EntityRecord = {
      id: `e${k + 1}`,
      start: span.startChar,
      end: span.endChar,
      text: span.text,
      label: span.label as EntityLabel,
    };
    const actor = actorOfSpan.get(`${entity.start}:${entity.end}`);
    if (actor !== undefined) entity.actor = actors[actor].id;
    return entity;
  });
  const entityOfSpan = new Map(entities.map((e) => [`${e.start}:${e.end}`, e.id]));
  for (const mention of doc.mentions) {
    const entity = entityOfSpan.get(`${mention.start}:${mention.end}`);
    actors[mention.actor].mentions.push({
      start: mention.start,
      end: mention.end,
      text: doc.text.slice(mention.start, mention.end),
      ...(entity !== undefined && { entity }),
    });
  }
  return { entities, actors };
}
