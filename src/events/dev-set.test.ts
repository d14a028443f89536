/** The event gold files (eval/events/dev.jsonl, dev-en.jsonl, eval/petrarch/unit-tests.jsonl) must stay well-formed and large enough. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PLOVER_TYPES } from '../doc/article.js';
import { checkGoldEvents } from './evaluate-gold.js';
import type { GoldEventText } from './evaluate.js';

function read(path: string): GoldEventText[] {
  return readFileSync(new URL(path, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as GoldEventText);
}

function checkAll(records: GoldEventText[]): void {
  assert.equal(new Set(records.map((r) => r.id)).size, records.length, 'ids are unique');
  for (const record of records) {
    assert.match(record.published ?? '', /^\d{4}-\d{2}-\d{2}$/, record.id);
    assert.doesNotThrow(() => checkGoldEvents(record), record.id);
  }
}

test('the Dutch development set: at least 150 texts, 30 traps, valid PLOVER with statuses and actors quoted from the text', () => {
  const records = read('../../eval/events/dev.jsonl');
  checkAll(records);
  assert.ok(records.every((r) => r.language === 'nl'));
  assert.ok(records.length >= 150, `${records.length} texts`);
  const traps = records.filter((r) => r.trap);
  assert.ok(traps.length >= 30, `${traps.length} traps`);
  assert.ok(traps.every((r) => r.events.length === 0));
  const events = records.flatMap((r) => r.events);
  for (const event of events) {
    assert.ok(event.status !== undefined, 'every Dutch gold event has a status');
    for (const actor of [event.source, event.target ?? []].flat()) assert.notEqual(actor.text, '', 'Dutch gold actors are quoted');
  }
  // The set exercises the statuses and most of the types, not only plain assertions.
  for (const status of ['asserted', 'reported', 'alleged', 'denied', 'negated', 'hypothetical', 'future']) {
    assert.ok(events.some((e) => e.status === status), `no ${status} event`);
  }
  assert.ok(new Set(events.map((e) => e.type)).size >= 12);
});

test('the English development set: at least 80 texts, 20 traps, valid PLOVER with statuses and actors quoted from the text', () => {
  const records = read('../../eval/events/dev-en.jsonl');
  checkAll(records);
  assert.ok(records.every((r) => r.language === 'en'));
  assert.ok(records.length >= 80, `${records.length} texts`);
  const traps = records.filter((r) => r.trap);
  assert.ok(traps.length >= 20, `${traps.length} traps`);
  assert.ok(traps.every((r) => r.events.length === 0));
  assert.ok(records.filter((r) => !r.trap).every((r) => r.events.length > 0), 'a text that is no trap has events');
  for (const event of records.flatMap((r) => r.events)) {
    assert.ok(event.status !== undefined, 'every English gold event has a status');
    for (const actor of [event.source, event.target ?? []].flat()) assert.notEqual(actor.text, '', 'English gold actors are quoted');
  }
});

test('the PETRARCH unit tests converted to PLOVER: English, coded actors, CAMEO codes that give the PLOVER type', () => {
  const records = read('../../eval/petrarch/unit-tests.jsonl');
  checkAll(records);
  assert.ok(records.every((r) => r.language === 'en'));
  const events = records.flatMap((r) => r.events);
  assert.ok(events.length >= 150, `${events.length} codings`);
  for (const event of events) {
    assert.match(event.cameo ?? '', /^\d{3,4}$/);
    assert.ok((PLOVER_TYPES as readonly string[]).includes(event.type));
  }
  const checked = read('../../eval/petrarch/unit-tests-checked.jsonl');
  const all = new Map(records.map((r) => [r.id, JSON.stringify(r)]));
  assert.ok(checked.length >= 30 && checked.every((r) => all.get(r.id) === JSON.stringify(r)), 'the checked records are records of the whole set');
});
