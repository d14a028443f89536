import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { evaluateSegmentation } from './index.js';
import { goldFromConllu } from './evaluate.js';

function conllu(sentences: { comments: string[]; words: [string, boolean][]; multiword?: [number, number, string] }[]): string {
  return sentences
    .map(({ comments, words, multiword }) => {
      const rows = comments.map((c) => `# ${c}`);
      words.forEach(([form, spaceAfter], k) => {
        if (multiword && multiword[0] === k + 1) rows.push(`${multiword[0]}-${multiword[1]}\t${multiword[2]}\t_\t_\t_\t_\t_\t_\t_\t_`);
        rows.push(`${k + 1}\t${form}\t_\t_\t_\t_\t0\troot\t_\t${spaceAfter ? '_' : 'SpaceAfter=No'}`);
      });
      return rows.join('\n') + '\n';
    })
    .join('\n');
}

describe('evaluateSegmentation', () => {
  it('rebuilds paragraphs from sent_ids when there is no newpar, and counts multiword tokens once', () => {
    const text = conllu([
      { comments: ['sent_id = doc.p.1.s.1', 'text = Hij kwam.'], words: [['Hij', true], ['kwam', false], ['.', false]] },
      { comments: ['sent_id = doc.p.1.s.2', 'text = Zij ging'], words: [['Zij', true], ['ging', false]] },
      { comments: ['sent_id = doc.p.2.s.1', "text = Don't."], words: [['Do', false], ["n't", false], ['.', false]], multiword: [1, 2, "Don't"] },
    ]);
    const gold = goldFromConllu(text, 'test');
    assert.equal(gold.text, "Hij kwam. Zij ging\n\nDon't.");
    assert.deepEqual(gold.sentenceSpans, [0, 9, 10, 18, 20, 26]);
    assert.equal(gold.tokenSpans.length / 2, 7);
  });

  it('uses newpar and newdoc when the file has them', () => {
    const text = conllu([
      { comments: ['newdoc id = d1', 'sent_id = a', 'text = One.'], words: [['One', false], ['.', false]] },
      { comments: ['sent_id = b', 'text = Two.'], words: [['Two', false], ['.', false]] },
      { comments: ['newpar', 'sent_id = c', 'text = three'], words: [['three', false]] },
    ]);
    assert.equal(goldFromConllu(text, 'test').text, 'One. Two.\n\nthree');
    const scores = evaluateSegmentation(text, 'test', 'en');
    assert.deepEqual(scores.tokens, { precision: 100, recall: 100, f1: 100 });
    assert.deepEqual(scores.sentences, { precision: 100, recall: 100, f1: 100 });
  });

  it('scores a split the gold does not have as an error', () => {
    const text = conllu([{ comments: ['sent_id = x.p.1.s.1', 'text = Dhr. Jansen kwam'], words: [['Dhr', false], ['.', true], ['Jansen', true], ['kwam', false]] }]);
    const scores = evaluateSegmentation(text, 'test', 'nl');
    assert.equal(scores.tokens.recall, 50);
    assert.ok(scores.tokens.precision > 66 && scores.tokens.precision < 67);
    assert.deepEqual(scores.sentences, { precision: 100, recall: 100, f1: 100 });
  });

  it('names the sentence whose token is not in its text', () => {
    const text = conllu([{ comments: ['text = abc'], words: [['xyz', false]] }]);
    assert.throws(() => goldFromConllu(text, 'bad.conllu'), /bad\.conllu:1: token "xyz"/);
  });
});

const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const TARGETS: [file: string, language: string, tokenF1: number, sentenceF1: number][] = [
  ['ud-nl-alpino/nl_alpino-ud-dev.conllu', 'nl', 99.5, 92],
  ['ud-nl-lassysmall/nl_lassysmall-ud-dev.conllu', 'nl', 99.5, 92],
  ['ud-en-ewt/en_ewt-ud-dev.conllu', 'en', 99.0, 90],
];

describe('segmentation accuracy on the UD dev treebanks', () => {
  for (const [file, language, tokenF1, sentenceF1] of TARGETS) {
    const path = DATA + file;
    const skip = existsSync(path) ? false : `${path} is absent (../shared/data not mounted)`;
    it(`${file}: token F1 >= ${tokenF1}, sentence F1 >= ${sentenceF1}`, { skip }, () => {
      const scores = evaluateSegmentation(readFileSync(path, 'utf8'), path, language);
      assert.ok(scores.tokens.f1 >= tokenF1, `token F1 ${scores.tokens.f1} < ${tokenF1}`);
      assert.ok(scores.sentences.f1 >= sentenceF1, `sentence F1 ${scores.sentences.f1} < ${sentenceF1}`);
    });
  }
});
