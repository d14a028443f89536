import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SPEECH_LANGUAGES, speechVerbsFor, validateSpeech } from './speech.js';

for (const language of SPEECH_LANGUAGES) {
  test(`${language} speech data loads, with every stance and an adposition cue`, () => {
    const lexicon = speechVerbsFor(language);
    assert.equal(lexicon.language, language);
    const stances = new Set(lexicon.entries.map((e) => e.stance));
    assert.deepEqual([...stances].sort(), ['alleges', 'confirms', 'denies', 'reports']);
    assert.ok(lexicon.entries.some((e) => e.kind === 'adposition'));
  });
}

test('Dutch separable speech verbs are found by their stem too', () => {
  const lexicon = speechVerbsFor('nl');
  assert.equal(lexicon.byKey.get('meedelen')?.[0]?.particle, 'mee');
  assert.equal(lexicon.byKey.get('delen')?.[0]?.lemma, 'mee|delen');
  assert.equal(lexicon.byKey.get('laten')?.[0]?.prep, 'weten');
  assert.equal(lexicon.byKey.get('ontkennen')?.[0]?.stance, 'denies');
});

test('invalid speech data is rejected with the entry named', () => {
  const entry = (e: object) => ({ language: 'xx', entries: [e] });
  assert.throws(() => validateSpeech(entry({ lemma: 'say', stance: 'shouts' }), 'xx'), /entry 0 \(say\): stance/);
  assert.throws(() => validateSpeech(entry({ lemma: 'Say', stance: 'reports' }), 'xx'), /lower-case/);
  assert.throws(() => validateSpeech(entry({ lemma: 'say', stance: 'reports', kind: 'noun' }), 'xx'), /kind/);
  assert.throws(() => validateSpeech(entry({ lemma: 'a|b', kind: 'adverb', stance: 'reports' }), 'xx'), /particles/);
  assert.throws(() => validateSpeech({ language: 'xx', entries: [{ lemma: 'say', stance: 'reports' }, { lemma: 'say', stance: 'denies' }] }, 'xx'), /twice/);
  assert.throws(() => validateSpeech(entry({ lemma: 'say', stance: 'reports' }), 'yy'), /expected 'yy'/);
});
