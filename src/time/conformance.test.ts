import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTimexes, TIME_LANGUAGES } from './index.js';
import { CASES, CONCEPTS } from './testing/conformance.js';

for (const language of TIME_LANGUAGES) {
  describe(`time conformance: ${language}`, () => {
    const cases = CASES[language];
    it('expresses every concept', () => {
      assert.ok(cases, `no conformance cases for ${language}`);
      const missing = CONCEPTS.filter((c) => !(c.id in cases)).map((c) => c.id);
      assert.deepEqual(missing, []);
    });
    for (const concept of CONCEPTS) {
      const example = cases?.[concept.id];
      if (!example) continue;
      it(`${concept.id}: ${example.text}`, () => {
        assert.equal(example.spans.length, concept.values.length, 'one span per expected value');
        const found = findTimexes(example.text, language, concept.published).map((t) => ({
          span: example.text.slice(t.start, t.end),
          value: t.value,
        }));
        assert.deepEqual(found, example.spans.map((span, i) => ({ span, value: concept.values[i] })));
      });
    }
  });
}
