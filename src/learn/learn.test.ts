import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  FeatureKeys,
  FeatureTemplates,
  LinearModel,
  PerceptronTrainer,
  SeededRandom,
  decodeModelFile,
  encodeModelFile,
  hashString,
  key1,
  key2,
  key3,
  jsonSection,
  readJsonSection,
  readModelFile,
  requireSection,
  trainEpochs,
  writeModelFile,
} from './index.js';

/** A toy problem: class = which of three "words" a point contains; plus noise words shared by all classes. */
function toyData(seed: number, count: number): { keys: Uint32Array; truth: number }[] {
  const random = new SeededRandom(seed);
  const out: { keys: Uint32Array; truth: number }[] = [];
  const f = new FeatureKeys(4);
  for (let i = 0; i < count; i++) {
    const truth = random.int(3);
    f.clear();
    f.add1(1, hashString(['red', 'green', 'blue'][truth]));
    f.add1(2, random.int(5));
    f.add1(3, 0);
    out.push({ keys: f.hashed().slice(0, f.length), truth });
  }
  return out;
}

function train(seed: number): LinearModel {
  const trainer = new PerceptronTrainer(['R', 'G', 'B'], 8);
  const items = toyData(1, 300);
  return trainEpochs({
    items,
    epochs: 3,
    seed,
    label: 'toy',
    log: { write: () => true } as never,
    learn: (item) => trainer.learn(item.keys, item.keys.length, item.truth),
    snapshot: () => ({ model: trainer.averagedModel(), score: 0, report: '' }),
  }).model;
}

test('learns a separable toy problem', () => {
  const model = train(7);
  const heldOut = toyData(2, 200);
  const correct = heldOut.filter((x) => model.predict(x.keys, x.keys.length) === x.truth).length;
  assert.equal(correct, heldOut.length);
});

test('an untrained trainer predicts class 0 and learns from one update', () => {
  const trainer = new PerceptronTrainer(['a', 'b']);
  const keys = Uint32Array.of(12345);
  assert.equal(trainer.predict(keys, 1), 0);
  trainer.learn(keys, 1, 1);
  assert.equal(trainer.predict(keys, 1), 1);
  assert.equal(trainer.featureCount, 1);
});

test('save/load round-trip gives identical scores', () => {
  const model = train(7);
  const file = { kind: 'toy', meta: { note: 'x' }, sections: new Map([['model', model.toBytes()], ['extra', jsonSection({ a: [1, 2] })]]) };
  const dir = mkdtempSync(join(tmpdir(), 'learn-'));
  try {
    writeModelFile(join(dir, 'toy.bin'), file);
    const loaded = readModelFile(join(dir, 'toy.bin'), 'toy');
    assert.deepEqual(loaded.meta, { note: 'x' });
    assert.deepEqual(readJsonSection(loaded, 'extra'), { a: [1, 2] });
    const again = LinearModel.fromBytes(requireSection(loaded, 'model'));
    assert.deepEqual(again.labels, model.labels);
    const a = new Float32Array(3);
    const b = new Float32Array(3);
    for (const x of toyData(3, 50)) {
      model.score(x.keys, x.keys.length, a);
      again.score(x.keys, x.keys.length, b);
      assert.deepEqual(b, a);
    }
    assert.throws(() => readModelFile(join(dir, 'toy.bin'), 'tagger'), /expected a tagger model/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('training is deterministic for a seed', () => {
  const a = encodeModelFile({ kind: 't', meta: {}, sections: new Map([['m', train(11).toBytes()]]) });
  const b = encodeModelFile({ kind: 't', meta: {}, sections: new Map([['m', train(11).toBytes()]]) });
  assert.deepEqual(a, b);
  assert.equal(decodeModelFile(a).kind, 't');
});

test('pruning drops small weights', () => {
  const weights = Float32Array.of(0.001, -0.002, 5, -5);
  const model = LinearModel.fromDense(['x', 'y'], Uint32Array.of(10, 20), weights, { minWeight: 0.01 });
  assert.equal(model.featureCount, 1);
  assert.equal(model.weightCount, 2);
  assert.equal(model.predict(Uint32Array.of(20), 1), 0);
  assert.equal(model.predict(Uint32Array.of(10, 20), 2), 0);
});

test('FeatureKeys.hashed gives the keys of key1/key2/key3 and pushed keys, also when more are added after hashing', () => {
  const keys = new FeatureKeys(2);
  keys.add1(7, 0xdeadbeef);
  keys.add2(8, 3, 0x80000001);
  const first = Array.from(keys.hashed().subarray(0, keys.length));
  keys.add3(9, 1, 2, 0xffffffff);
  keys.push(12345);
  keys.add1(7, 0xdeadbeef);
  assert.deepEqual(Array.from(keys.hashed().subarray(0, keys.length)), [
    ...first,
    key3(9, 1, 2, 0xffffffff),
    12345,
    key1(7, 0xdeadbeef),
  ]);
  assert.deepEqual(first, [key1(7, 0xdeadbeef), key2(8, 3, 0x80000001)]);
  keys.clear();
  keys.add2(8, 3, 0x80000001);
  keys.pushAll(Uint32Array.of(5, 6, 7), 1, 3);
  assert.deepEqual(Array.from(keys.hashed().subarray(0, keys.length)), [key2(8, 3, 0x80000001), 6, 7]);
});

test('FeatureKeys.addTemplates gives the keys of key1/key2/key3 over the slot values, in order among other adds', () => {
  const templates = new FeatureTemplates([[7, 2], [8, 0, 1], [9, 1, 2, 0]]);
  assert.equal(templates.length, 3);
  const values = Int32Array.of(3, 0x80000001 | 0, 0xdeadbeef | 0);
  const keys = new FeatureKeys(1);
  keys.add1(5, 42);
  keys.addTemplates(templates, values);
  keys.pushAll(Uint32Array.of(99), 0, 1);
  keys.add1(6, 1);
  assert.deepEqual(Array.from(keys.hashed().subarray(0, keys.length)), [
    key1(5, 42),
    key1(7, 0xdeadbeef),
    key2(8, 3, 0x80000001),
    key3(9, 0x80000001, 0xdeadbeef, 3),
    99,
    key1(6, 1),
  ]);
  assert.throws(() => new FeatureTemplates([[1]]), /one to three slots/);
});

test('SeededRandom repeats its sequence and FeatureKeys grows', () => {
  const a = new SeededRandom(5);
  const b = new SeededRandom(5);
  for (let i = 0; i < 10; i++) assert.equal(a.next(), b.next());
  const keys = new FeatureKeys(1);
  for (let i = 0; i < 100; i++) keys.add2(1, i, i);
  assert.equal(keys.length, 100);
  assert.equal(new Set(keys.hashed().subarray(0, keys.length)).size, 100);
  assert.ok(keys.hashed().subarray(0, keys.length).every((k) => k !== 0));
});

test('scores are the exact sums of the quantised weights, for in-table (≤ 3 classes) and sparse rows alike', () => {
  // Keys 16 and 32 share their home slot in a 16-slot table, so the second is found by probing; 48 and 7 are absent.
  const keys = Uint32Array.of(16, 32, 5, 0xffffff10);
  for (const classCount of [2, 3, 4, 7]) {
    const labels = Array.from({ length: classCount }, (_, c) => `c${c}`);
    const weights = Float32Array.from({ length: keys.length * classCount }, (_, i) => (i % 3 === 1 ? 0 : ((i * 7919) % 201) - 100));
    const model = LinearModel.fromBytes(LinearModel.fromDense(labels, keys, weights).toBytes());
    const query = Uint32Array.of(32, 48, 16, 0xffffff10, 7, 32);
    const scores = new Float32Array(classCount).fill(99);
    model.score(query, query.length, scores);
    for (let c = 0; c < classCount; c++) {
      let expected = 0;
      for (const key of query) {
        const row = keys.indexOf(key);
        if (row >= 0) expected += Math.round(weights[row * classCount + c] / model.scale);
      }
      assert.equal(scores[c], expected, `${classCount} classes, class ${c}`);
    }
  }
});

test('meanModel averages the averaged weights of several trainers, keyed by feature', () => {
  const keyA = new Uint32Array([hashString('a') | 1]);
  const keyB = new Uint32Array([hashString('b') | 1]);
  // Trainer one knows only feature a (→ class y), trainer two only feature b (→ class y, twice as strongly).
  const one = new PerceptronTrainer(['x', 'y']);
  one.update(keyA, 1, 1, 0);
  one.tick();
  const two = new PerceptronTrainer(['x', 'y']);
  two.update(keyB, 1, 1, 0, 2);
  two.tick();
  const mean = PerceptronTrainer.meanModel([one, two]);
  assert.equal(mean.featureCount, 2);
  const scores = new Float32Array(2);
  mean.score(keyA, 1, scores);
  const a = scores[1] * mean.scale;
  mean.score(keyB, 1, scores);
  const b = scores[1] * mean.scale;
  // Averaged weights after one update at t = 1, read at t = 2: w - u / t = 1 - 1/2 = 0.5 (and 1 for amount 2); halved.
  assert.ok(Math.abs(a - 0.25) < 1e-3, `feature a: ${a}`);
  assert.ok(Math.abs(b - 0.5) < 1e-3, `feature b: ${b}`);
  assert.throws(() => PerceptronTrainer.meanModel([one, new PerceptronTrainer(['x', 'z'])]), /labels differ/);
});
