import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runKroniek } from '../testing/cli.js';
import { CONTRACT_VERSION } from '../doc/article.js';

test('kroniek lists its commands and versions', async () => {
  const help = await runKroniek(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^ {2}analyze /m);
  const bare = await runKroniek([]);
  assert.equal(bare.code, 2);
  const version = await runKroniek(['--version']);
  assert.match(version.stdout, new RegExp(`output contract ${CONTRACT_VERSION.replace(/\./g, '\\.')}`));
});

test('an unknown command is a usage error', async () => {
  const result = await runKroniek(['analyse-this']);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /unknown command 'analyse-this'/);
});

test('help and usage errors of a subcommand show its own usage', async () => {
  const help = await runKroniek(['eval', 'tokenize', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: kroniek eval tokenize/);
  const evalHelp = await runKroniek(['eval', '--help']);
  assert.match(evalHelp.stdout, /^Usage: kroniek eval WHAT/);
  const wrong = await runKroniek(['eval', 'tokenize']);
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /exactly one CoNLL-U file\n\nUsage: kroniek eval tokenize/);
  const analyzeHelp = await runKroniek(['analyze', 'x.txt', '--help']);
  assert.match(analyzeHelp.stdout, /^Usage: kroniek analyze/);
});
