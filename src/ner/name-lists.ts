import type { Doc } from '../doc/doc.js';
import { hashLower } from '../learn/index.js';
import type { ActorKind, KnowledgeBase } from '../kb/index.js';
import { segment } from '../tokenize/index.js';
import { spansOfTags } from './labels.js';

/** A listed name: the lower-case hashes of its tokens and the list it belongs to. */
export interface ListedName {
  tokens: Uint32Array;
  list: string;
  /** The knowledge-base person the name refers to (people's names only). */
  person?: string;
}

/**
 * Which name list an actor's names go to, by kind: the list of the entity type they are written as (capitals and
 * seats used as metonyms are places in the text). Lists are named after entity types, so that the knowledge base's
 * names share the lists of the training entities, whose weights the model learns.
 */
const LIST_OF_KIND: Record<ActorKind, string> = {
  person: 'PER',
  country: 'LOC',
  metonym: 'LOC',
  institution: 'ORG',
  international: 'ORG',
  media: 'ORG',
  group: 'ORG',
};
/** Adjectives and demonyms ("Russische", "Amerikanen"): MISC in CoNLL-style annotation. */
const ADJECTIVE_LIST = 'MISC';

function tokenHashes(text: string, language: string): Uint32Array {
  const { starts, ends } = segment(text, language);
  return Uint32Array.from(starts, (start, k) => hashLower(text, start, ends[k]));
}

/**
 * The names of the actor knowledge base in `language` (or any language), tokenised as our tokenizer does: full
 * names in the list of the entity type of the actor's kind, adjectives and demonyms in 'MISC'.
 */
export function knowledgeBaseNames(kb: KnowledgeBase, language: string): ListedName[] {
  const names: ListedName[] = [];
  for (const actor of kb.actors) {
    for (const name of actor.names) {
      if (name.language !== '' && name.language !== language) continue;
      const list = name.use === 'name' ? LIST_OF_KIND[actor.kind] : ADJECTIVE_LIST;
      const person = actor.kind === 'person' && name.use === 'name' ? actor.id : undefined;
      names.push({ tokens: tokenHashes(name.text, language), list, person });
    }
  }
  return names;
}

/** The gold entities of a tokenised document, as names in the list of their type. */
export function trainingNames(doc: Doc, tags: readonly string[]): ListedName[] {
  const names: ListedName[] = [];
  for (let s = 0; s < doc.sentenceCount; s++) {
    const start = doc.sentenceStarts[s];
    const end = doc.sentenceEnd(s);
    for (const span of spansOfTags(tags.slice(start, end))) {
      const tokens = new Uint32Array(span.end - span.start);
      for (let k = 0; k < tokens.length; k++) {
        const i = start + span.start + k;
        tokens[k] = hashLower(doc.text, doc.starts[i], doc.ends[i]);
      }
      names.push({ tokens, list: span.type });
    }
  }
  return names;
}
