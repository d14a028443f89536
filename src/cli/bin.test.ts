import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('the installed kroniek command runs from the build', () => {
  const run = spawnSync('npx', ['--no-install', 'kroniek', 'analyze', 'examples/biden-xi.nl.txt', '--format', 'text'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /\(nl, published 2022-03-19\)/);
});
