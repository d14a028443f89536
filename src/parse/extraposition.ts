/**
 * Extraposed phrases: a Dutch subordinate clause ends in its verb cluster, and a prepositional phrase after it
 * ("liet weten dat Biden Xi heeft gewezen op de gevolgen") belongs to that clause. The greedy parser sometimes hangs
 * it on the verb above; the treebanks never do, so such a phrase moves to the clause's verb after parsing.
 */
import english from '../lang/en/parse.json' with { type: 'json' };
import dutch from '../lang/nl/parse.json' with { type: 'json' };
import type { Doc } from '../doc/doc.js';
import { perLanguage } from '../lang/per-language.js';
import { languageDataRecord } from '../lang/validate.js';

const PARSE_DATA = perLanguage('parser data', { nl: dutch, en: english }, (raw, language): ReadonlySet<string> => {
  const { record, fail } = languageDataRecord(raw, language, 'parser data');
  const markers = record.verbFinalClauseMarkers;
  if (!Array.isArray(markers) || !markers.every((m) => typeof m === 'string' && m === m.toLowerCase())) {
    return fail('"verbFinalClauseMarkers" must be a list of lower-case words');
  }
  return new Set(markers as string[]);
});

/** The words that open a verb-final clause in `language` (none for a language without parser data). */
export function verbFinalClauseMarkers(language: string): ReadonlySet<string> {
  return PARSE_DATA.languages.includes(language) ? PARSE_DATA.get(language) : new Set();
}

/** Moves prepositional phrases hung on a verb right after its verb-final complement clause into that clause. */
export function attachExtraposedPhrases(doc: Doc, start: number, end: number, markers: ReadonlySet<string>): void {
  if (markers.size === 0) return;
  const { strings, head, dep } = doc;
  for (let clause = start; clause < end; clause++) {
    const above = head[clause];
    if (above < start || above > clause || strings.get(dep[clause]) !== 'ccomp' || !opensWith(doc, clause, start, end, markers)) continue;
    let last = lastOfSubtree(doc, clause, start, end);
    for (let phrase = last + 1; phrase < end; phrase++) {
      if (head[phrase] !== above || !isPrepositionalPhrase(doc, phrase, start, end)) continue;
      if (firstOfSubtree(doc, phrase, start, end) !== last + 1) break;
      head[phrase] = clause;
      // Under a verb a prepositional phrase is an oblique, whatever it modified before.
      if (doc.strings.get(dep[phrase]).startsWith('nmod')) dep[phrase] = doc.strings.add('obl');
      last = lastOfSubtree(doc, phrase, start, end);
    }
  }
}

function opensWith(doc: Doc, clause: number, start: number, end: number, markers: ReadonlySet<string>): boolean {
  for (let t = start; t < clause; t++) {
    if (doc.head[t] === clause && doc.strings.get(doc.dep[t]) === 'mark' && markers.has(doc.tokenText(t).toLowerCase())) return true;
  }
  return false;
}

function isPrepositionalPhrase(doc: Doc, phrase: number, start: number, end: number): boolean {
  const relation = doc.strings.get(doc.dep[phrase]).split(':')[0];
  if (relation !== 'obl' && relation !== 'nmod') return false;
  for (let t = start; t < phrase; t++) if (doc.head[t] === phrase && doc.strings.get(doc.dep[t]) === 'case') return true;
  return false;
}

function dominates(doc: Doc, top: number, t: number): boolean {
  for (let at = t, hops = 0; at >= 0 && hops < 64; at = doc.head[at], hops++) if (at === top) return true;
  return false;
}

function lastOfSubtree(doc: Doc, top: number, start: number, end: number): number {
  let last = top;
  for (let t = top + 1; t < end; t++) if (dominates(doc, top, t)) last = t;
  return last;
}

function firstOfSubtree(doc: Doc, top: number, start: number, end: number): number {
  for (let t = start; t < top; t++) if (dominates(doc, top, t)) return t;
  return top;
}
