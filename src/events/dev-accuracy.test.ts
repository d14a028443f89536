/**
 * Accuracy floors of the whole pipeline on the event development sets (eval/events/), so that a change to the coder,
 * its data or the models it reads cannot lower them unnoticed: the Dutch headline (type + source + target) at the
 * issue's target, traps clean at least 90%, English about 2 points under its figure (58.1). Figures and misses:
 * `npx tsx src/cli/main.ts eval events eval/events/dev.jsonl --errors 40`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readDevelopmentSet } from '../cli/dev-set.js';
import { scoreEvents } from '../cli/eval-events.js';
import { PIPELINE_LANGUAGES } from '../pipeline/index.js';
import { checkGoldEvents } from './evaluate-gold.js';
import { EventScorer, type EventScores, type GoldEventText } from './evaluate.js';

async function score(path: string): Promise<EventScores> {
  const file = fileURLToPath(new URL(path, import.meta.url));
  const records = await readDevelopmentSet<GoldEventText>(file, PIPELINE_LANGUAGES, checkGoldEvents);
  return (await scoreEvents(records, new EventScorer())).scores();
}

test('Dutch development set: type + source + target F1 at least 70, traps clean at least 90%', async () => {
  const scores = await score('../../eval/events/dev.jsonl');
  assert.ok(scores.actors.f1 >= 70, `F1 ${scores.actors.f1.toFixed(2)}`);
  assert.ok(scores.traps.precision >= 90, `traps ${scores.traps.precision.toFixed(2)}%`);
});

test('English development set: type + source + target F1 at least 56, traps clean at least 90%', async () => {
  const scores = await score('../../eval/events/dev-en.jsonl');
  assert.ok(scores.actors.f1 >= 56, `F1 ${scores.actors.f1.toFixed(2)}`);
  assert.ok(scores.traps.precision >= 90, `traps ${scores.traps.precision.toFixed(2)}%`);
});
