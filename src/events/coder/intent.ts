/**
 * Announced cooperation, as the PLOVER manual codes it: consultations, support, cooperation and aid told in the
 * future tense ("will meet", "plans to visit", "will contribute … to") imply an intention and are AGREE, with CAMEO's
 * matching "express intent" code (036 intent to meet, 032 diplomatic, 031x material cooperation, 033x aid);
 * announced retreats ("will withdraw its troops") are CONCEDE. The single category replaces category + future, so
 * the status of such an event is what its speech context gives (asserted, reported, alleged), not `future`.
 */
import type { EventStatus, PloverType } from '../../doc/article.js';
import { cameoCode, cameoFor } from '../ontology.js';
import type { TriggerEntry } from '../triggers.js';

/** CAMEO intent codes of AGREE for the cooperative types, refined by the event's own CAMEO code where CAMEO has one. */
const INTENT: Partial<Record<PloverType, { general: string; byCode: Record<string, string> }>> = {
  CONSULT: { general: '036', byCode: {} },
  SUPPORT: { general: '032', byCode: {} },
  COOPERATE: { general: '031', byCode: { '061': '0311', '062': '0312', '063': '0313', '064': '0314' } },
  AID: { general: '033', byCode: { '071': '0331', '072': '0332', '073': '0333', '074': '0334' } },
};

const announced = new WeakMap<TriggerEntry, TriggerEntry>();

/** The entry an event of `entry` with `status` is coded as: itself, or its announced form when the status is future. */
export function announcedForm(entry: TriggerEntry, status: EventStatus): TriggerEntry {
  if (status !== 'future') return entry;
  let form = announced.get(entry);
  if (form === undefined) {
    form = intentEntry(entry);
    announced.set(entry, form);
  }
  return form;
}

/**
 * Whether an event of `entry`, announced (told in the future), needs no recipient: an offer of help or cooperation may
 * name none yet ("bereid om … noodhulp te verstrekken"). A meeting or visit announced still needs someone to meet
 * ("zal evacuatiecentra bezoeken" is no event).
 */
export function mayBeOfferedToNoOne(entry: TriggerEntry): boolean {
  return entry.type !== 'CONSULT' && (INTENT[entry.type] !== undefined || entry.type === 'RETREAT');
}

function intentEntry(entry: TriggerEntry): TriggerEntry {
  const intent = INTENT[entry.type];
  if (intent !== undefined) {
    const cameo = intent.byCode[entry.cameo.slice(0, 3)] ?? intent.general;
    return { ...entry, type: cameoCode(cameo)!.type, mode: '', cameo };
  }
  if (entry.type === 'RETREAT') return { ...entry, type: 'CONCEDE', mode: '', cameo: cameoFor('CONCEDE').code };
  return entry;
}
