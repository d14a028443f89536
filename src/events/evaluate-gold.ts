/** Checks the event part of a gold record (eval/events/dev.jsonl, eval/petrarch/unit-tests.jsonl). */
import { EVENT_STATUSES } from '../doc/article.js';
import type { GoldActor, GoldEventText } from './evaluate.js';
import { isPloverMode, isPloverType } from './ontology.js';

const COUNTRY = /^([A-Z]{3})?$/;
const SECTOR = /^([A-Z]{3})?$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function checkActor(actor: unknown, text: string, where: string): void {
  const a = actor as GoldActor;
  if (typeof a !== 'object' || a === null || typeof a.text !== 'string' || typeof a.country !== 'string' || typeof a.sector !== 'string') {
    throw new Error(`${where}: an actor is {"text", "country", "sector"}`);
  }
  if (a.text !== '' && !text.includes(a.text)) throw new Error(`${where}: '${a.text}' is not in the text`);
  if (!COUNTRY.test(a.country)) throw new Error(`${where}: country '${a.country}' is not three capital letters or ""`);
  if (!SECTOR.test(a.sector)) throw new Error(`${where}: sector '${a.sector}' is not three capital letters or ""`);
  if (a.text === '' && a.country === '' && a.sector === '') throw new Error(`${where}: an actor needs a text or a code`);
}

function checkSide(side: unknown, text: string, where: string): void {
  const actors = Array.isArray(side) ? side : [side];
  if (actors.length === 0) throw new Error(`${where}: empty`);
  for (const actor of actors) checkActor(actor, text, where);
}

/**
 * Throws a message for the first problem in a record's `events` and `trap`: unknown PLOVER type or mode, status or
 * date, malformed actors, actor texts that are not in the text, a trap with events.
 */
export function checkGoldEvents(record: GoldEventText): void {
  if (typeof record.id !== 'string' || record.id === '') throw new Error('needs an "id"');
  if (!Array.isArray(record.events)) throw new Error('needs "events"');
  if (record.trap !== undefined && typeof record.trap !== 'boolean') throw new Error('"trap" is true or false');
  if (record.trap && record.events.length > 0) throw new Error('a trap has no events');
  for (const event of record.events) {
    const where = `${record.id} ${event.type}`;
    if (!isPloverType(event.type)) throw new Error(`${where}: not a PLOVER type`);
    if (event.mode !== undefined && !isPloverMode(event.type, event.mode)) throw new Error(`${where}: no mode '${event.mode}'`);
    if (event.status !== undefined && !(EVENT_STATUSES as readonly string[]).includes(event.status)) throw new Error(`${where}: status '${event.status}'`);
    if (event.date !== undefined && !DATE.test(event.date)) throw new Error(`${where}: date '${event.date}'`);
    if (event.joint !== undefined && event.joint !== true) throw new Error(`${where}: "joint" is true or left out`);
    checkSide(event.source, record.text, `${where} source`);
    if (event.target !== undefined) checkSide(event.target, record.text, `${where} target`);
  }
}
