/** Structural checks every converted sentence must pass before it is written. */
import type { ConlluSentence } from '../../src/io/conllu.js';

const UPOS = new Set(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X']);
const RELATIONS = new Set([
  'acl', 'advcl', 'advmod', 'amod', 'appos', 'aux', 'case', 'cc', 'ccomp', 'clf', 'compound', 'conj', 'cop', 'csubj',
  'dep', 'det', 'discourse', 'dislocated', 'expl', 'fixed', 'flat', 'goeswith', 'iobj', 'list', 'mark', 'nmod', 'nsubj',
  'nummod', 'obj', 'obl', 'orphan', 'parataxis', 'punct', 'reparandum', 'root', 'vocative', 'xcomp',
]);

/** Problems with a sentence as a UD v2 basic tree; empty when valid. */
export function treeProblems(sentence: ConlluSentence): string[] {
  const problems: string[] = [];
  const words = sentence.words;
  const n = words.length;
  if (!sentence.comments.get('sent_id')) problems.push('missing # sent_id');
  if (!sentence.comments.get('text')) problems.push('missing # text');
  if (n === 0) problems.push('no words');
  let roots = 0;
  words.forEach((w, i) => {
    if (w.id !== i + 1) problems.push(`word ${i + 1} has id ${w.id}`);
    if (!w.form || !w.lemma || w.lemma === '' || !w.upos || w.upos === '_' || !w.deprel || w.deprel === '_') {
      problems.push(`word ${w.id} lacks form/lemma/upos/deprel`);
    }
    if (!UPOS.has(w.upos)) problems.push(`word ${w.id}: UPOS ${w.upos} is not UD v2`);
    if (!RELATIONS.has(w.deprel.split(':')[0])) problems.push(`word ${w.id}: relation ${w.deprel} is not UD v2`);
    if (!Number.isInteger(w.head) || w.head < 0 || w.head > n) problems.push(`word ${w.id} head ${w.head} out of range`);
    if (w.head === w.id) problems.push(`word ${w.id} is its own head`);
    if ((w.head === 0) !== (w.deprel === 'root')) problems.push(`word ${w.id}: head 0 iff deprel root`);
    if (w.head === 0) roots++;
  });
  if (roots !== 1) problems.push(`${roots} roots`);
  if (problems.length) return problems;
  for (const w of words) {
    let x = w.head;
    for (let steps = 0; x !== 0; steps++) {
      if (steps > n) {
        problems.push(`cycle through word ${w.id}`);
        return problems;
      }
      x = words[x - 1].head;
    }
  }
  const text = sentence.comments.get('text') ?? '';
  const surface = words.map((w) => w.form + (w.misc.split('|').includes('SpaceAfter=No') ? '' : ' ')).join('').trimEnd();
  if (surface !== text) problems.push('# text does not match the forms and SpaceAfter');
  return problems;
}

/** True when some arc crosses another (the tree is non-projective). */
export function isNonProjective(sentence: ConlluSentence): boolean {
  const heads = sentence.words.map((w) => w.head);
  for (let i = 0; i < heads.length; i++) {
    if (heads[i] === 0) continue;
    const a = Math.min(i + 1, heads[i]);
    const b = Math.max(i + 1, heads[i]);
    for (let k = a + 1; k < b; k++) {
      let x = k;
      while (x !== 0 && x !== heads[i]) x = heads[x - 1];
      if (x === 0) return true;
    }
  }
  return false;
}
