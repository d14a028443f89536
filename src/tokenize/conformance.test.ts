import { describe, it } from 'node:test';
import { segment, SEGMENTER_LANGUAGES } from './index.js';
import { CONFORMANCE_CASES, assertCase } from './testing/conformance.js';

for (const language of SEGMENTER_LANGUAGES) {
  describe(`segmenter conformance: ${language}`, () => {
    for (const testCase of CONFORMANCE_CASES) {
      it(testCase.name, () => assertCase(testCase, segment(testCase.text, language)));
    }
  });
}
