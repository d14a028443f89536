import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeededRandom } from '../learn/index.js';
import { LEFT, MOVE_COUNT, ParseState, RIGHT, SHIFT } from './transitions.js';
import { deprojectivize, isProjective, projectivize } from './projectivize.js';
import { isWellFormedTree } from './tree.js';

/** Runs the oracle from the initial state, always taking a zero-cost move; returns the heads (-1 root). */
function oracleParse(heads: ArrayLike<number>, prefer: readonly number[]): Int32Array {
  const n = heads.length;
  const gold = Int32Array.from(heads, (h) => (h < 0 ? n : h));
  const state = new ParseState();
  state.reset(n);
  while (!state.done) {
    const move = prefer.find((m) => state.isLegal(m) && state.cost(m, gold) === 0);
    assert.ok(move !== undefined, 'the oracle always has a zero-cost move on a projective tree');
    state.apply(move, 0);
  }
  return Int32Array.from(state.heads.subarray(0, n), (h) => (h === n ? -1 : h));
}

// "Jan zag een hond die blafte ." with the relative clause on the noun.
const projectiveTree = [1, -1, 3, 1, 5, 3, 1];
// "A hearing is scheduled on the issue today": the classic crossing arc hearing → issue (nmod).
const nonProjectiveTree = [1, 3, 3, -1, 6, 6, 1, 3];

test('the zero-cost oracle rebuilds a projective gold tree, whichever zero-cost move it prefers', () => {
  for (const prefer of [[SHIFT, LEFT, RIGHT], [LEFT, RIGHT, SHIFT], [RIGHT, LEFT, SHIFT]]) {
    assert.deepEqual([...oracleParse(projectiveTree, prefer)], projectiveTree);
  }
});

test('a wrong move has a positive cost and the oracle still finds the best reachable tree', () => {
  const n = projectiveTree.length;
  const gold = Int32Array.from(projectiveTree, (h) => (h < 0 ? n : h));
  const state = new ParseState();
  state.reset(n);
  state.apply(SHIFT, 0); // stack: Jan; buffer: zag ...
  assert.equal(state.cost(LEFT, gold), 0);
  assert.equal(state.cost(SHIFT, gold), 2, 'shifting zag buries Jan, which must take zag as its head, and zag can no longer be the root');
  state.apply(SHIFT, 0); // stack: Jan zag; buffer: een ...
  assert.equal(state.cost(RIGHT, gold), 2, 'zag under Jan loses its dependents hond and the full stop');
  assert.equal(state.cost(SHIFT, gold), 0, 'the arcs Jan ← zag and root → zag are already lost, nothing more');
  // Continue optimally: exactly the two arcs that the wrong shift cost are lost.
  while (!state.done) {
    let best = -1;
    let bestCost = Infinity;
    for (let m = 0; m < MOVE_COUNT; m++) {
      if (!state.isLegal(m)) continue;
      const c = state.cost(m, gold);
      if (c < bestCost) [best, bestCost] = [m, c];
    }
    state.apply(best, 0);
  }
  const heads = Int32Array.from(state.heads.subarray(0, n), (h) => (h === n ? -1 : h));
  assert.ok(isWellFormedTree(heads));
  const wrong = [...heads].filter((h, i) => h !== projectiveTree[i]).length;
  assert.equal(wrong, 2);
});

test('pseudo-projective lifting makes the oracle usable on a non-projective tree and is undone exactly', () => {
  assert.equal(isProjective(nonProjectiveTree), false);
  const labels = ['det', 'nsubj:pass', 'aux:pass', 'root', 'case', 'det', 'nmod', 'obl:tmod'];
  const lifted = projectivize(nonProjectiveTree, labels);
  assert.ok(isProjective(lifted.heads));
  assert.equal(lifted.lifted, 1);
  assert.equal(lifted.labels[6], 'nmod||nsubj:pass');
  const heads = oracleParse(lifted.heads, [SHIFT, LEFT, RIGHT]);
  assert.deepEqual([...heads], [...lifted.heads]);
  const restoredLabels = [...lifted.labels];
  deprojectivize(heads, restoredLabels);
  assert.deepEqual([...heads], nonProjectiveTree);
  assert.deepEqual(restoredLabels, labels);
});

test('every legal move sequence ends in a tree with exactly one root', () => {
  const state = new ParseState();
  const rng = new SeededRandom(12345);
  const random = (k: number): number => rng.int(k);
  for (let trial = 0; trial < 200; trial++) {
    const n = 1 + random(12);
    state.reset(n);
    while (!state.done) {
      const legal = [SHIFT, LEFT, RIGHT].filter((m) => state.isLegal(m));
      assert.ok(legal.length > 0, 'a non-final state has a legal move');
      state.apply(legal[random(legal.length)], 0);
    }
    const heads = Int32Array.from(state.heads.subarray(0, n), (h) => (h === n ? -1 : h));
    assert.ok(isWellFormedTree(heads), `not a tree: ${heads}`);
  }
});

test('move costs equal the loss of the best completion, found by exhaustive search on small trees', () => {
  const rng = new SeededRandom(99);
  const random = (k: number): number => rng.int(k);
  const replay = (n: number, moves: number[]): ParseState => {
    const state = new ParseState();
    state.reset(n);
    for (const m of moves) state.apply(m, 0);
    return state;
  };
  const bestLoss = (n: number, gold: Int32Array, moves: number[], memo: Map<string, number>): number => {
    const state = replay(n, moves);
    if (state.done) {
      let wrong = 0;
      for (let i = 0; i < n; i++) if (state.heads[i] !== gold[i]) wrong++;
      return wrong;
    }
    const key = moves.join('');
    const known = memo.get(key);
    if (known !== undefined) return known;
    let best = Infinity;
    for (let m = 0; m < MOVE_COUNT; m++) {
      if (state.isLegal(m)) best = Math.min(best, bestLoss(n, gold, [...moves, m], memo));
    }
    memo.set(key, best);
    return best;
  };
  let checked = 0;
  while (checked < 300) {
    const n = 2 + random(4);
    const heads = Array.from({ length: n }, () => random(n + 1) - 1);
    if (!isWellFormedTree(heads) || !isProjective(heads)) continue;
    const gold = Int32Array.from(heads, (h) => (h < 0 ? n : h));
    const prefix: number[] = [];
    const steps = random(2 * n);
    for (let s = 0; s < steps; s++) {
      const state = replay(n, prefix);
      if (state.done) break;
      const legal = [SHIFT, LEFT, RIGHT].filter((m) => state.isLegal(m));
      prefix.push(legal[random(legal.length)]);
    }
    const state = replay(n, prefix);
    if (state.done) continue;
    const memo = new Map<string, number>();
    const before = bestLoss(n, gold, prefix, memo);
    for (let m = 0; m < MOVE_COUNT; m++) {
      if (!state.isLegal(m)) continue;
      const after = bestLoss(n, gold, [...prefix, m], memo);
      assert.equal(state.cost(m, gold), after - before, `tree ${heads}, moves ${prefix}, move ${m}`);
    }
    checked++;
  }
});
