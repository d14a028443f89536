import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Pipeline } from './pipeline.js';
import { pipelineFor, PIPELINE_LANGUAGES } from './languages.js';
import { analyzeArticle } from './analyze.js';
import type { Component } from './component.js';

const tagEverything: Component = {
  name: 'tag-x',
  reads: ['tokens'],
  writes: ['upos'],
  apply(doc) {
    doc.upos.fill(doc.strings.add('X'));
  },
};

test('a pipeline refuses a component that reads what nothing before it writes', () => {
  const needsLemmas: Component = { name: 'needs-lemmas', reads: ['lemma'], writes: ['deps'], apply() {} };
  assert.throws(() => new Pipeline('nl', [needsLemmas]), /needs-lemmas reads lemma, which nothing before it writes/);
  assert.doesNotThrow(() => new Pipeline('nl', [tagEverything, { ...needsLemmas, reads: ['upos'] }]));
});

test('a failing component is reported and the components after it still run', () => {
  const broken: Component = { name: 'broken', reads: ['tokens'], writes: ['lemma'], apply() { throw new Error('model missing'); } };
  const pipeline = new Pipeline('nl', [broken, tagEverything]);
  const { doc, failures } = pipeline.run('Het kabinet vergadert.', { published: null });
  assert.deepEqual(failures, [{ component: 'broken', message: 'model missing' }]);
  assert.equal(doc.token(0).upos, 'X');
  assert.deepEqual(pipeline.names, ['segmenter', 'broken', 'tag-x']);
});

test('every language pipeline tags, lemmatizes and parses into well-formed trees', async () => {
  for (const language of PIPELINE_LANGUAGES) {
    assert.deepEqual(pipelineFor(language).names, ['segmenter', 'tagger', 'lemmatizer', 'parser', 'ner', 'time', 'linker', 'quotes', 'events']);
  }
  const article = await analyzeArticle(
    { id: 'x', text: 'The minister met her Chinese counterpart on Friday. They did not agree.' },
    { language: 'auto', published: '2022-03-19', tokens: true },
  );
  const tokens = article.tokens ?? [];
  assert.ok(tokens.every((t) => t.tag !== '' && t.lemma !== '' && t.dep !== ''));
  for (const sentence of article.sentences) {
    const inSentence = tokens.map((t, i) => [t, i] as const).filter(([t]) => t.start >= sentence.start && t.end <= sentence.end);
    assert.equal(inSentence.filter(([t]) => t.head === -1).length, 1, 'one root per sentence');
    for (const [t] of inSentence) if (t.head !== -1) assert.ok(inSentence.some(([, i]) => i === t.head), 'heads stay in the sentence');
  }
  assert.deepEqual(article.timexes.map((t) => t.value), ['2022-03-18']);
});
