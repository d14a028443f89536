/** The event development set (eval/events/dev.jsonl) must stay well-formed against the ontology and its texts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EVENT_STATUSES } from '../doc/article.js';
import { isPloverMode, isPloverType } from './ontology.js';

const DEV = new URL('../../eval/events/dev.jsonl', import.meta.url);

interface ActorAnnotation {
  text: string;
  country: string;
  sector: string;
}

test('every event of the development set is valid PLOVER with actors quoted from its text', () => {
  const records = readFileSync(DEV, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  assert.ok(records.length >= 20);
  assert.equal(new Set(records.map((r) => r.id)).size, records.length, 'ids are unique');
  for (const record of records) {
    assert.match(record.published, /^\d{4}-\d{2}-\d{2}$/, record.id);
    assert.ok(['nl', 'en'].includes(record.language), record.id);
    for (const event of record.events) {
      const where = `${record.id} ${event.type}`;
      assert.ok(isPloverType(event.type), where);
      if (event.mode !== undefined) assert.ok(isPloverMode(event.type, event.mode), `${where}/${event.mode}`);
      assert.ok((EVENT_STATUSES as readonly string[]).includes(event.status), where);
      for (const actor of [event.source, event.target].filter(Boolean) as ActorAnnotation[]) {
        assert.ok(record.text.includes(actor.text), `${where}: '${actor.text}' is not in the text`);
        assert.match(actor.country, /^([A-Z]{3})?$/, where);
      }
      if (event.date !== undefined) assert.match(event.date, /^\d{4}(-\d{2}(-\d{2})?)?$/, where);
    }
  }
  assert.ok(records.some((r) => r.events.length === 0), 'the set keeps trap texts without events');
});
