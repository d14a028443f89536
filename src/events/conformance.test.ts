/** Checks every language's trigger data must pass, beyond what the loader validates. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PLOVER_TYPES } from '../doc/article.js';
import { TRIGGER_LANGUAGES, triggersFor } from './triggers.js';

for (const language of TRIGGER_LANGUAGES) {
  test(`${language} trigger data loads and validates`, () => {
    const lexicon = triggersFor(language);
    assert.equal(lexicon.language, language);
    assert.ok(lexicon.entries.length >= 200, `${language}: only ${lexicon.entries.length} entries`);
  });

  test(`${language} triggers cover every PLOVER type`, () => {
    const covered = new Set(triggersFor(language).entries.map((e) => e.type));
    assert.deepEqual(PLOVER_TYPES.filter((t) => !covered.has(t)), []);
  });

  test(`${language} triggers: verb-only exclusions sit on verbs, and no entry needs itself`, () => {
    const verbOnly = new Set(['te-infinitive', 'clausal-complement', 'direct-object', 'inanimate-object']);
    for (const entry of triggersFor(language).entries) {
      if (entry.pos === 'noun') assert.deepEqual(entry.unless.filter((c) => verbOnly.has(c)), [], `${entry.lemma} (noun)`);
      assert.ok(!entry.with.includes(entry.key), `${entry.lemma} lists itself in 'with'`);
    }
  });
}
