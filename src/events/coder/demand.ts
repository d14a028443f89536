/**
 * Demands told as obligations: "Poetin zei dat Oekraïne zich moet terugtrekken", "'Ze moeten zich terugtrekken',
 * vertelde hij". What someone says another must do is not that other's act but the speaker's demand (PLOVER
 * REQUEST; a demanded retreat or concession is REQUEST `yield`, a demanded meeting `meet`, demanded aid `assist`).
 */
import type { PloverType } from '../../doc/article.js';
import { cameoFor } from '../ontology.js';
import type { TriggerEntry } from '../triggers.js';

/** The REQUEST mode of a demanded event of each type; other types give a plain REQUEST. */
const DEMANDED_MODE: Partial<Record<PloverType, string>> = {
  RETREAT: 'yield',
  CONCEDE: 'yield',
  CONSULT: 'meet',
  AID: 'assist',
  COOPERATE: 'change',
  AGREE: 'change',
};

const demanded = new WeakMap<TriggerEntry, TriggerEntry>();

/** The REQUEST entry of a demand for an event of `entry`. */
export function demandedForm(entry: TriggerEntry): TriggerEntry {
  let form = demanded.get(entry);
  if (form === undefined) {
    const mode = DEMANDED_MODE[entry.type] ?? '';
    form = { ...entry, type: 'REQUEST', mode, cameo: cameoFor('REQUEST', mode).code };
    demanded.set(entry, form);
  }
  return form;
}
