import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Doc } from '../doc/doc.js';
import { FeatureKeys, hashString } from '../learn/index.js';
import { Tagger } from '../tag/index.js';
import { segment } from '../tokenize/index.js';
import { calibrateTypes } from './calibrate.js';
import { DocumentDecoder, type Choose } from './decode.js';
import { PAD, SentenceFeatures, staticFeatures } from './features.js';
import { MentionVotes } from './mentions.js';
import { ROLE_LAST, ROLE_WHOLE } from './gazetteer.js';
import {
  EntityLabels,
  EntityRecognizer,
  EntityScorer,
  Gazetteer,
  WordClusters,
  clusterPrefix,
  docOfSentences,
  parseNerCorpus,
  spansOfTags,
  trainRecognizer,
  type NerDocument,
  type NerScores,
} from './index.js';

const labels = new EntityLabels(['PER', 'LOC']);
const names = (classes: ArrayLike<number>) => Array.from(classes, (c) => labels.names[c]);

test('IOB2 and IOB1 tags become BILOU classes', () => {
  assert.deepEqual(names(labels.encode(['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC'])), ['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'U-LOC']);
  assert.deepEqual(names(labels.encode(['I-PER', 'I-PER', 'I-LOC', 'O', 'I-LOC'])), ['B-PER', 'L-PER', 'U-LOC', 'O', 'U-LOC']);
  assert.throws(() => labels.encode(['B-ORG']), /unknown entity type 'ORG'/);
});

test('BILOU constraints: I/L only continue their own type, and no sentence ends on B or I', () => {
  const allowed = (prev: string, last: boolean) =>
    labels.names.filter((_, c) => labels.allowed(prev === '^' ? labels.start : labels.names.indexOf(prev), last)[c]);
  // After B/I, O, B and U stay allowed: the decoder then closes the open entity.
  assert.deepEqual(allowed('B-PER', false), ['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER', 'B-LOC', 'U-LOC']);
  assert.deepEqual(allowed('I-LOC', true), ['O', 'U-PER', 'L-LOC', 'U-LOC']);
  assert.deepEqual(allowed('^', true), ['O', 'U-PER', 'U-LOC']);
  assert.deepEqual(allowed('L-PER', false), ['O', 'B-PER', 'U-PER', 'B-LOC', 'U-LOC']);
});

test('an entity the model leaves open ends at the token before', () => {
  const clusters = new WordClusters(new Uint32Array(0), new Uint16Array(0));
  const decoder = new DocumentDecoder(labels, clusters, new Gazetteer([]));
  const doc = docOfSentences([['Jan', 'Smit', 'zei', 'het']], 'nl');
  // A "model" that says B-PER, I-PER, then O: the decoder must turn I-PER into L-PER.
  const script = ['B-PER', 'I-PER', 'O', 'O'].map((name) => labels.names.indexOf(name));
  const out = new Int32Array(doc.length);
  const choose: Choose = (_keys, _n, token, allowed) => {
    assert.equal(allowed[script[token]], 1);
    return script[token];
  };
  decoder.decode(doc, choose, choose, out);
  assert.deepEqual(names(out), ['B-PER', 'L-PER', 'O', 'O']);
});

test('spans follow conlleval: I after O or another type opens a chunk', () => {
  assert.deepEqual(spansOfTags(['O', 'I-PER', 'I-LOC', 'B-LOC', 'I-LOC', 'O']), [
    { start: 1, end: 2, type: 'PER' },
    { start: 2, end: 3, type: 'LOC' },
    { start: 3, end: 5, type: 'LOC' },
  ]);
});

test('scorer matches hand-computed conlleval figures', () => {
  const scorer = new EntityScorer();
  // Gold chunks: PER 0-2, LOC 3-4, ORG 5-6. Predicted: PER 0-2 (right), ORG 3-4 (wrong type), ORG 5-7 (wrong end).
  scorer.add(['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-ORG', 'O'], ['B-PER', 'I-PER', 'O', 'B-ORG', 'O', 'B-ORG', 'I-ORG']);
  // Second sentence: one gold MISC missed, one spurious PER, one right LOC given in IOB1 style.
  scorer.add(['B-MISC', 'O', 'B-LOC'], ['O', 'I-PER', 'I-LOC']);
  const result = scorer.result();
  // 5 predicted, 5 gold, 2 correct (PER 0-2 and the IOB1 LOC): P = R = F1 = 40.
  assert.equal(result.predicted, 5);
  assert.equal(result.gold, 5);
  assert.equal(result.correct, 2);
  assert.equal(result.precision, 40);
  assert.equal(result.recall, 40);
  assert.equal(result.f1, 40);
  assert.deepEqual(result.perType.PER, { precision: 50, recall: 100, f1: 66.67, gold: 1, predicted: 2, correct: 1 });
  assert.deepEqual(result.perType.LOC, { precision: 100, recall: 50, f1: 66.67, gold: 2, predicted: 1, correct: 1 });
  assert.deepEqual(result.perType.ORG, { precision: 0, recall: 0, f1: 0, gold: 1, predicted: 2, correct: 0 });
  assert.equal(result.perType.MISC.recall, 0);
});

test('corpus reader handles CoNLL-2002, UNER, WikiANN and sentence-less files', () => {
  const conll = parseNerCorpus('-DOCSTART- -DOCSTART- O\nDe Art O\nMorgen N B-ORG\n\nJan N B-PER\n-DOCSTART- -DOCSTART- O\nGent N B-LOC\n', 'nl');
  assert.equal(conll.length, 2);
  assert.equal(conll[0].doc.sentenceCount, 2);
  assert.deepEqual(conll[0].tags, ['O', 'B-ORG', 'B-PER']);
  assert.equal(conll[0].doc.tokenText(1), 'Morgen');
  const uner = parseNerCorpus('# newdoc id = a\n# text = in Tampa\n1\tin\tO\t-\t-\n2\tTampa\tB-LOC\t-\tx\n', 'en');
  assert.deepEqual(uner[0].tags, ['O', 'B-LOC']);
  assert.equal(uner[0].doc.tokenText(1), 'Tampa');
  const wikiann = parseNerCorpus('nl:FC\tB-ORG\nnl:Twente\tI-ORG\n\nnl:Jan\tB-PER\n', 'nl');
  assert.equal(wikiann.length, 2, 'one document per WikiANN fragment');
  assert.equal(wikiann[0].doc.tokenText(0), 'FC');
  const running = parseNerCorpus('Hij O\nkwam O\n. O\nJan B-PER\nging O\n. O\n', 'nl');
  assert.equal(running[0].doc.sentenceCount, 2);
});

test('static features stay within the sentence and see word clusters', () => {
  const clusters = new WordClusters(Uint32Array.of(hashString('Gent')), Uint16Array.of(0b10110));
  const none = new WordClusters(new Uint32Array(0), new Uint16Array(0));
  const gazetteer = new Gazetteer([]);
  const featuresOf = (doc: Doc, sentence: number, word: number, c: WordClusters) => {
    const s = new SentenceFeatures();
    const start = doc.sentenceStarts[sentence];
    const end = doc.sentenceEnd(sentence);
    s.fill(doc, start, end, c, gazetteer);
    const out = new FeatureKeys();
    const i = start + word;
    staticFeatures(s, word + PAD, word, doc.text, doc.starts[i], doc.ends[i], out);
    return [...out.hashed().subarray(0, out.length)];
  };
  const a = docOfSentences([['Hij', 'zei'], ['Gent', 'wint']], 'nl');
  const b = docOfSentences([['Wij', 'lazen'], ['Gent', 'wint']], 'nl');
  assert.deepEqual(featuresOf(a, 1, 0, clusters), featuresOf(b, 1, 0, clusters));
  assert.notDeepEqual(featuresOf(a, 1, 0, clusters), featuresOf(a, 1, 0, none));
  assert.notDeepEqual(featuresOf(a, 1, 0, clusters), featuresOf(a, 1, 1, clusters));
});

test('cluster prefixes and the gazetteer mark the longest listed name', () => {
  assert.equal(clusterPrefix(0b1_0110_1100, 4), 0b1_0110);
  assert.equal(clusterPrefix(0b1_01, 4), 0b1_01);
  assert.equal(clusterPrefix(0, 4), 0);
  const doc = docOfSentences([['de', 'Straat', 'van', 'Taiwan', 'en', 'Taiwan']], 'nl');
  const s = new SentenceFeatures();
  const gazetteer = new Gazetteer(['place']);
  const lower = (words: string[]) => Uint32Array.from(words, (w) => hashString(w.toLowerCase()));
  gazetteer.add(lower(['Straat', 'van', 'Taiwan']), 0);
  gazetteer.add(lower(['Taiwan']), 0);
  s.fill(doc, 0, doc.length, new WordClusters(new Uint32Array(0), new Uint16Array(0)), gazetteer);
  const bits = Array.from(s.gazetteer.subarray(PAD, PAD + doc.length));
  // B = bit 0, I = bit 1, L = bit 2, U = bit 3 of list 0.
  assert.deepEqual(bits, [0, 1, 2, 4 | 8, 0, 8]);
  // Names that start at a lower-case word are marked apart (lower-case web text).
  const lowerDoc = docOfSentences([['in', 'taiwan', 'en', 'Taiwan']], 'nl');
  s.fill(lowerDoc, 0, lowerDoc.length, new WordClusters(new Uint32Array(0), new Uint16Array(0)), gazetteer);
  assert.deepEqual(Array.from(s.gazetteer.subarray(PAD, PAD + 4)), [0, 0, 0, 8]);
  assert.deepEqual(Array.from(s.gazetteerLower.subarray(PAD, PAD + 4)), [0, 8, 0, 0]);
  // "Taiwan" is a whole name and the last word of a longer one.
  assert.equal(s.roles[PAD + 3], ROLE_WHOLE | ROLE_LAST);
  assert.equal(s.roles[PAD + 1], 0, 'lower-case words get no roles');
});

test('two known people side by side are two entities, whatever the model says', () => {
  const gazetteer = new Gazetteer(['PER']);
  const hash = (word: string) => hashString(word.toLowerCase());
  gazetteer.add(Uint32Array.of(hash('Biden')), 0);
  gazetteer.addPerson(hash('Biden'), 0);
  gazetteer.add(Uint32Array.of(hash('Xi')), 0);
  gazetteer.addPerson(hash('Xi'), 1);
  gazetteer.add(Uint32Array.of(hash('Jinping')), 0);
  gazetteer.addPerson(hash('Jinping'), 1);
  const decoder = new DocumentDecoder(labels, new WordClusters(new Uint32Array(0), new Uint16Array(0)), gazetteer);
  // A "model" that wants one entity over each pair of capitalised words.
  const greedy = (doc: Doc) => {
    const out = new Int32Array(doc.length);
    const choose: Choose = (_keys, _n, token, allowed) => {
      const wanted = labels.names.indexOf(token % 2 === 1 ? 'B-PER' : 'L-PER');
      return allowed[wanted] ? wanted : labels.names.indexOf('U-PER');
    };
    decoder.decode(doc, choose, choose, out);
    return names(out).slice(1);
  };
  // Two people: Biden and Xi.
  assert.deepEqual(greedy(docOfSentences([['dat', 'Biden', 'Xi', 'heeft']], 'nl')), ['U-PER', 'U-PER', 'U-PER']);
  // Two names of one person stay one entity.
  assert.deepEqual(greedy(docOfSentences([['dat', 'Xi', 'Jinping', 'heeft']], 'nl')).slice(0, 2), ['B-PER', 'L-PER']);
});

test('a word that follows a known first name somewhere in the document gets that as evidence everywhere', () => {
  const hash = (word: string) => hashString(word.toLowerCase());
  // "jan" starts a listed person's name in one gazetteer, an organisation's name in the other.
  const keysOfLastMention = (list: number) => {
    const gazetteer = new Gazetteer(['PER', 'ORG']);
    gazetteer.add(Uint32Array.of(hash('Jan'), hash('Smit')), list);
    const decoder = new DocumentDecoder(labels, new WordClusters(new Uint32Array(0), new Uint16Array(0)), gazetteer);
    const doc = docOfSentences([['Jan', 'Peeters', 'kwam', '.'], ['Toen', 'zei', 'Peeters', 'het', '.']], 'nl');
    let keys: number[] = [];
    const choose: Choose = (k, n, token) => {
      if (token === 6) keys = Array.from(k.subarray(0, n)).sort();
      return 0;
    };
    decoder.decodeFirst(doc, choose, new Int32Array(doc.length));
    return keys;
  };
  const afterPerson = keysOfLastMention(0);
  const afterOrganisation = keysOfLastMention(1);
  assert.equal(afterPerson.length, afterOrganisation.length);
  assert.notDeepEqual(afterPerson, afterOrganisation);
});

test('first-pass votes count the other occurrences of a form, and the multi-word entities it was part of', () => {
  const doc = docOfSentences([['Tectrade', 'groeit'], ['Tectrade', 'NV', 'wint'], ['bij', 'Tectrade']], 'nl');
  const classes = Int32Array.from(['U-LOC', 'O', 'B-PER', 'L-PER', 'O', 'O', 'U-LOC'], (name) => labels.names.indexOf(name));
  const votes = new MentionVotes(labels.types.length);
  votes.collect(doc, classes);
  const counts = new Int32Array(votes.slots);
  const form = hashString('Tectrade');
  // Slots: O, PER, LOC. Token 0 sees the PER of token 2 and the LOC of token 6, not its own LOC.
  assert.equal(votes.othersOf(form, 0, counts), 2);
  assert.deepEqual(Array.from(counts), [0, 1, 1]);
  assert.equal(votes.othersOf(form, 2, counts), 2);
  assert.deepEqual(Array.from(counts), [0, 0, 2]);
  assert.equal(votes.entityTypesOf(form), 1 << labels.types.indexOf('PER'));
  assert.equal(votes.othersOf(hashString('NV'), 3, counts), 0);
  assert.equal(votes.othersOf(hashString('Onbekend'), 0, counts), 0);
});

test('the second pass of a mention sees what the first pass made of the other mentions', () => {
  const decoder = new DocumentDecoder(labels, new WordClusters(new Uint32Array(0), new Uint16Array(0)), new Gazetteer([]));
  const doc = docOfSentences([['Tectrade', 'groeit', '.'], ['Zo', 'zei', 'Tectrade', '.'], ['bij', 'Tectrade', '.']], 'nl');
  // The keys of the last mention in the second pass, when the first pass took the other two for `type`.
  const keysOfLastMention = (type: string) => {
    const first: Choose = (_keys, _n, token) => labels.names.indexOf(token === 0 || token === 5 ? `U-${type}` : 'O');
    let keys: number[] = [];
    const second: Choose = (k, n, token) => {
      if (token === 8) keys = Array.from(k.subarray(0, n)).sort();
      return 0;
    };
    decoder.decode(doc, first, second, new Int32Array(doc.length));
    return keys;
  };
  const afterPeople = keysOfLastMention('PER');
  assert.equal(afterPeople.length, keysOfLastMention('LOC').length);
  assert.notDeepEqual(afterPeople, keysOfLastMention('LOC'));
  assert.deepEqual(afterPeople, keysOfLastMention('PER'));
});

/** A tiny corpus where capitalised words after "meneer" are people and after "in" places. */
function toyCorpus(): NerDocument[] {
  const people = ['Jansen', 'Peters', 'Smit', 'Bakker', 'Visser'];
  const places = ['Gent', 'Breda', 'Assen', 'Delft', 'Venlo'];
  const sentences: string[][] = [];
  const tags: string[] = [];
  for (let k = 0; k < 40; k++) {
    const person = people[k % people.length];
    const place = places[(k * 3) % places.length];
    sentences.push(['meneer', person, 'woont', 'in', place, '.']);
    tags.push('O', 'B-PER', 'O', 'O', 'B-LOC', 'O');
  }
  return [{ doc: docOfSentences(sentences, 'nl'), tags }];
}

test('a trained recogniser learns, saves and loads to the same predictions', () => {
  const clusters = new WordClusters(new Uint32Array(0), new Uint16Array(0));
  const corpus = toyCorpus();
  const { recognizer, dev } = trainRecognizer(corpus, [corpus], { epochs: 3, seed: 1, label: 'ner test', clusters, names: [], log: devNull() });
  assert.ok(dev[0].f1 > 90, `toy F1 ${dev[0].f1}`);
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-ner-'));
  try {
    const path = join(dir, 'ner.bin');
    recognizer.save(path, { test: true });
    const loaded = EntityRecognizer.load(path);
    assert.deepEqual(loaded.meta, { test: true });
    const doc = docOfSentences([['meneer', 'Visser', 'woont', 'in', 'Delft', '.']], 'nl');
    const before = new Int32Array(doc.length);
    const after = new Int32Array(doc.length);
    recognizer.classify(doc, before);
    loaded.classify(doc, after);
    assert.deepEqual(after, before);
    loaded.apply(doc);
    assert.deepEqual(doc.entities().map((e) => `${e.text}/${e.label}`), ['Visser/PER', 'Delft/LOC']);
    // A type's score offset travels with the model file: a large negative one silences that type.
    recognizer.setTypeOffset(recognizer.labels.types.indexOf('LOC'), -1e4);
    recognizer.save(path, {});
    const silenced = EntityRecognizer.load(path);
    assert.equal(silenced.typeOffsets[silenced.labels.types.indexOf('LOC')], -1e4);
    silenced.apply(doc);
    assert.deepEqual(doc.entities().map((e) => e.label), ['PER', 'PER']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a recogniser trained for one pass has no first-pass model, and saves and loads as such', () => {
  const clusters = new WordClusters(new Uint32Array(0), new Uint16Array(0));
  const corpus = toyCorpus();
  const options = { epochs: 2, seed: 1, label: 'ner test', clusters, names: [], log: devNull() };
  const { recognizer, dev } = trainRecognizer(corpus, [corpus], { ...options, twoPass: false });
  assert.equal(recognizer.firstPass, null);
  assert.ok(dev[0].f1 > 90, `toy F1 ${dev[0].f1}`);
  assert.notEqual(trainRecognizer(corpus, [], options).recognizer.firstPass, null);
  const loaded = EntityRecognizer.fromModelFile(recognizer.toModelFile({}));
  assert.equal(loaded.firstPass, null);
  const doc = docOfSentences([['meneer', 'Visser', 'woont', 'in', 'Delft', '.']], 'nl');
  loaded.apply(doc);
  assert.deepEqual(doc.entities().map((e) => `${e.text}/${e.label}`), ['Visser/PER', 'Delft/LOC']);
});

function devNull(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}

const shippedDutch = fileURLToPath(new URL('../../models/nl/ner.bin', import.meta.url));
const example = fileURLToPath(new URL('../../examples/biden-xi.nl.txt', import.meta.url));

test('type offsets are tuned one type at a time and kept only when they raise the dev score', () => {
  const clusters = new WordClusters(new Uint32Array(0), new Uint16Array(0));
  const corpus = toyCorpus();
  const { recognizer } = trainRecognizer(corpus, [], { epochs: 1, seed: 1, label: 'ner test', clusters, names: [], log: devNull() });
  const per = recognizer.labels.types.indexOf('PER');
  const loc = recognizer.labels.types.indexOf('LOC');
  // A dev score that rewards a PER offset of -4 and, by less than the threshold, a LOC offset of 2.
  const f1 = (r: EntityRecognizer) => 80 + (r.typeOffsets[per] === -4 ? 5 : 0) + (r.typeOffsets[loc] === 2 ? 0.05 : 0);
  const scores = calibrateTypes(recognizer, (r) => [{ f1: f1(r) } as NerScores]);
  assert.deepEqual(Array.from(recognizer.typeOffsets), per < loc ? [-4, 0] : [0, -4]);
  assert.equal(scores[0].f1, 85);
});

test('the Dutch model finds the people, places and organisations of the example article', { skip: !existsSync(shippedDutch) && 'models/nl/ner.bin is not there' }, () => {
  const text = readFileSync(example, 'utf8');
  const doc = new Doc(text, segment(text, 'nl'), 'nl');
  Tagger.forLanguage('nl').apply(doc);
  EntityRecognizer.forLanguage('nl').apply(doc);
  const found = new Map<string, Set<string>>();
  for (const entity of doc.entities()) {
    const types = found.get(entity.text) ?? new Set();
    types.add(entity.label);
    found.set(entity.text, types);
  }
  const expect = (name: string, ...types: string[]) =>
    assert.ok(types.some((type) => found.get(name)?.has(type)), `${name} should be ${types.join(' or ')}; found ${[...(found.get(name) ?? [])].join(', ') || 'nothing'}`);
  for (const name of ['Biden', 'Xi', 'Poetin', 'Jake Sullivan', 'Yang Jiechi']) expect(name, 'PER');
  for (const name of ['Oekraïne', 'Peking', 'Rome', 'Taiwan', 'Straat van Taiwan']) expect(name, 'LOC');
  expect('CGTN', 'ORG');
  expect('Witte Huis', 'ORG', 'LOC');
  for (const entity of doc.entities()) assert.ok(!/Xi vrijdag|Biden Xi|Xi Biden/.test(entity.text), `"${entity.text}" is one entity`);
});
