import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderLanguage, validateCoderLanguage } from './language.js';

for (const language of ['nl', 'en']) {
  test(`${language} coder data loads, with every domain context`, () => {
    const data = coderLanguage(language);
    assert.equal(data.language, language);
    assert.deepEqual([...data.contexts.keys()].sort(), ['economy', 'medical', 'nature', 'sport']);
    assert.ok(data.negation.size > 0 && data.futureAux.size > 0 && data.hypotheticalAux.size > 0);
  });
}

test('Dutch separable support verbs are stored joined, as the coder looks them up', () => {
  assert.ok(coderLanguage('nl').supportVerbs.has('uitvoeren'));
});

test('invalid coder data is rejected', () => {
  const raw = (patch: Record<string, unknown>) => ({ ...JSON.parse(JSON.stringify(sample)), ...patch });
  assert.throws(() => validateCoderLanguage(raw({ negation: [] }), 'nl'), /negation must be a non-empty list/);
  assert.throws(() => validateCoderLanguage(raw({ negation: ['Niet'] }), 'nl'), /lower-case/);
  assert.throws(() => validateCoderLanguage(raw({ colour: ['x'] }), 'nl'), /unknown field 'colour'/);
  assert.throws(() => validateCoderLanguage(raw({ contexts: { sport: ['x'] } }), 'nl'), /contexts.nature is missing/);
  assert.throws(() => validateCoderLanguage(raw({}), 'en'), /expected 'en'/);
});

const LISTS = [
  'negation', 'hypotheticalAux', 'hypotheticalAdverbs', 'conditionalMarkers', 'complementizers', 'futureAux', 'futureHeads',
  'agentPrepositions', 'reciprocals', 'reflexives', 'personNouns', 'thirdPersonPronouns', 'speakerPronouns', 'relativePronouns', 'anaphoricObjects',
  'definiteDeterminers', 'supportVerbs', 'betweenPrepositions', 'participationPrepositions', 'possessivePrepositions', 'targetPrepositions',
  'locativePrepositions',
];
const sample: Record<string, unknown> = {
  language: 'nl',
  infinitiveMarker: 'te',
  contexts: { sport: ['x'], nature: ['x'], medical: ['x'], economy: ['x'] },
  ...Object.fromEntries(LISTS.map((field) => [field, ['x']])),
};

test('the sample of valid data used above is valid', () => {
  assert.equal(validateCoderLanguage(sample, 'nl').infinitiveMarker, 'te');
});
