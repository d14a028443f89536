/**
 * Time expressions in Dutch and English, resolved against the publication date to ISO 8601 values as TIMEX3 writes
 * them (2022-03-18, 2022-03, 2022-W11, 2022-W10-WE, 2022, 2021-SU, decade 199, century 19, stretches P3Y/PXM;
 * '' when a relative expression has no publication date to lean on).
 *
 * Conventions (eval/timex/README.md has the full list): spans leave prepositions out and take modifiers and
 * position words in ("vorige maand", "begin maart", "earlier this year"); a bare weekday is the most recent one up
 * to the publication day when the nearest tense cue or, failing one, its sentence is in the past ("belden
 * vrijdag", "is vrijdagavond aangehouden"), and today or ahead when it speaks of the future ("zal", "will") or is
 * in the present ("Oranje speelt zondag de finale"); a range gives
 * one expression per end point ("van 3 tot 5 maart": "3" 2022-03-03 and "5 maart" 2022-03-05); a part of the day
 * keeps the date ("vrijdagavond" 2022-03-18); clock times ("om 15.00 uur") are left out.
 */
import type { DocTimex } from '../doc/doc.js';
import type { Component } from '../pipeline/component.js';
import { parseIsoDate } from './calendar.js';
import { timeLanguageFor } from './languages.js';
import { TimexRecognizer } from './recognize.js';
import { scanTokens } from './scan.js';

export { TIME_LANGUAGES } from './languages.js';

/**
 * The time expressions of `text`, in text order, with UTF-16 offsets and ISO 8601 values.
 * `published` ('YYYY-MM-DD' or null) anchors relative expressions; `sentences` (character spans, e.g. from the
 * tokenizer) bound the search for tense cues, which otherwise uses its own sentence split.
 */
export function findTimexes(
  text: string,
  language: string,
  published: string | null,
  sentences?: readonly { start: number; end: number }[],
): DocTimex[] {
  const anchor = published === null ? null : parseIsoDate(published);
  if (published !== null && anchor === null) throw new Error(`findTimexes: published '${published}' is not a YYYY-MM-DD date`);
  const data = timeLanguageFor(language);
  return new TimexRecognizer(text, scanTokens(text, sentences), data, anchor).run();
}

/** Pipeline component: fills `doc.timexes` from the text, the sentence split and `context.published`. */
export const timeComponent: Component = {
  name: 'time',
  reads: ['tokens', 'sentences'],
  writes: ['timexes'],
  apply(doc, context) {
    const sentences: { start: number; end: number }[] = [];
    for (let s = 0; s < doc.sentenceCount; s++) {
      const first = doc.sentenceStarts[s];
      const last = doc.sentenceEnd(s) - 1;
      if (last >= first) sentences.push({ start: doc.starts[first], end: doc.ends[last] });
    }
    doc.timexes.length = 0;
    doc.timexes.push(...findTimexes(doc.text, doc.language, context.published, sentences));
  },
};
export { evaluateTimexes, type GoldTimexRecord, type TimexScores, type TimexError, type Score } from './evaluate.js';
