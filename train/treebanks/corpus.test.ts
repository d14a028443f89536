// Regression checks on the real corpora (../shared/data relative to the repo root); skipped when absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { parseConllu } from '../../src/io/conllu.js';
import { parseAlpinoXml } from './alpino-xml.js';
import { alpinoToConllu } from './alpino-conllu.js';
import { convertV1Sentence } from './v1-to-v2.js';
import { buildTools } from './tools.js';
import { treeProblems } from './validate.js';
import { attachPunctuation } from './punctuation.js';

const data = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/data');
const ALPINO = resolve(data, 'alpino-treebank-nltk/alpino.xml.gz');
const LASSY = resolve(data, 'ud-nl-lassysmall/nl_lassysmall-ud-train.r1.4-filtered.conllu.gz');
const DEV = [resolve(data, 'ud-nl-alpino/nl_alpino-ud-dev.conllu'), resolve(data, 'ud-nl-lassysmall/nl_lassysmall-ud-dev.conllu')];
const missing = [ALPINO, LASSY, ...DEV].filter((f) => !existsSync(f));
const skip = missing.length ? `corpus files absent (${missing.join(', ')})` : false;

test('both training corpora convert to valid trees with dev-like relation shares', { skip }, () => {
  const alpino = parseAlpinoXml(gunzipSync(readFileSync(ALPINO)).toString('latin1'));
  const lassy = parseConllu(gunzipSync(readFileSync(LASSY)).toString('utf8'));
  const tools = buildTools(alpino, lassy);
  const converted = [...alpino.map((s) => alpinoToConllu(s, tools.alpino)), ...lassy.map((s) => convertV1Sentence(s, tools.v1))];
  assert.equal(converted.length, 7136 + 5045);
  const invalid = converted.filter((s) => treeProblems(s).length > 0);
  assert.equal(invalid.length, 0, invalid.slice(0, 3).map((s) => `${s.comments.get('sent_id')}: ${treeProblems(s)}`).join('\n'));
  const share = (rel: string): number => {
    let n = 0;
    let k = 0;
    for (const s of converted.slice(0, 7136)) for (const w of s.words) (n++, w.deprel === rel && k++);
    return k / n;
  };
  // dev (Alpino+LassySmall) shares: case 10.4%, det 10.9%, nsubj 6.7%, obl 5.0%, conj 3.6%
  assert.ok(share('case') > 0.09 && share('case') < 0.12, `case ${share('case')}`);
  assert.ok(share('det') > 0.09 && share('det') < 0.13, `det ${share('det')}`);
  assert.ok(share('nsubj') > 0.055 && share('nsubj') < 0.08, `nsubj ${share('nsubj')}`);
  assert.ok(share('obl') > 0.04 && share('obl') < 0.065, `obl ${share('obl')}`);
  assert.ok(share('conj') > 0.02 && share('conj') < 0.045, `conj ${share('conj')}`);
  assert.ok(share('parataxis') < 0.015, `parataxis ${share('parataxis')}`);
});

test('punctuation attachment reproduces the dev files (>= 99%)', { skip }, () => {
  let total = 0;
  let same = 0;
  for (const file of DEV) {
    for (const s of parseConllu(readFileSync(file, 'utf8'))) {
      const tokens = s.words.map((w) => ({ form: w.form, upos: w.upos, deprel: w.deprel, head: w.head - 1 }));
      const gold = tokens.map((t) => t.head);
      const root = gold.indexOf(-1);
      for (const t of tokens) if (t.upos === 'PUNCT' && t.head >= 0) t.head = root;
      attachPunctuation(tokens);
      tokens.forEach((t, i) => {
        if (t.upos !== 'PUNCT' || gold[i] < 0) return;
        total++;
        if (t.head === gold[i]) same++;
      });
    }
  }
  assert.ok(same / total >= 0.99, `${same}/${total}`);
});
