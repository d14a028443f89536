/**
 * Entities need a capitalised word in languages that write names with a capital (`entitiesNeedCapital` in
 * `src/lang/<code>/ner.json`): the recogniser's entities without one are dropped.
 */
import dutch from '../lang/nl/ner.json' with { type: 'json' };
import english from '../lang/en/ner.json' with { type: 'json' };
import type { Doc } from '../doc/doc.js';
import { perLanguage } from '../lang/per-language.js';
import { languageDataRecord } from '../lang/validate.js';
import { endsEntity, OUTSIDE, startsEntity } from './labels.js';

const ENTITY_DATA = perLanguage('entity data', { nl: dutch, en: english }, (raw, language): boolean => {
  const { record, fail } = languageDataRecord(raw, language, 'entity data');
  if (typeof record.entitiesNeedCapital !== 'boolean') return fail('"entitiesNeedCapital" must be true or false');
  return record.entitiesNeedCapital;
});

/** Whether entities in `language` need a capitalised word (false for a language without entity data). */
export function entitiesNeedCapital(language: string): boolean {
  return ENTITY_DATA.languages.includes(language) && ENTITY_DATA.get(language);
}

const UPPER_CASE = /\p{Lu}/u;

/** Sets the BILOU classes of every entity in `classes` that has no word with a capital letter to O. */
export function dropUncapitalisedEntities(doc: Doc, classes: Int32Array): void {
  for (let i = 0; i < doc.length; i++) {
    if (!startsEntity(classes[i])) continue;
    let last = i;
    while (!endsEntity(classes[last]) && last + 1 < doc.length) last++;
    if (!UPPER_CASE.test(doc.text.slice(doc.starts[i], doc.ends[last]))) classes.fill(OUTSIDE, i, last + 1);
    i = last;
  }
}
