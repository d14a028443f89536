/** Determiner slots: UD Dutch tags every non-possessive word in a `det` relation DET ("hetzelfde jaar", "voldoende geld"). */
import type { ClosedClass } from './lexicon.js';

/** True when a word with this relation and UPOS should be DET: a pronoun or adjective (not a possessive) as `det`. */
export function isDeterminerSlot(deprel: string, upos: string, form: string, lex: ClosedClass): boolean {
  if (deprel !== 'det' || (upos !== 'PRON' && upos !== 'ADJ')) return false;
  return !lex.possessives.has(form.toLowerCase());
}
