/**
 * `npm run bench`: runs each benchmark script in a process of its own (so that peak memory is its own), one after
 * another, and prints their results as a table and as JSON lines in bench/results.jsonl. Each script prints JSON
 * lines `{"name": ..., ...metrics}` on stdout. `npm run bench -- tokenize` runs only the named ones.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const requested = process.argv.slice(2);
const scripts = readdirSync(benchDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'run.ts' && !f.startsWith('_'))
  .map((f) => f.slice(0, -3))
  .filter((name) => requested.length === 0 || requested.includes(name))
  .sort();

const results: Record<string, unknown>[] = [];
let failed = 0;
for (const script of scripts) {
  process.stderr.write(`bench: ${script} ...\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', `${benchDir}${script}.ts`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    failed++;
    process.stderr.write(`bench: ${script} failed with status ${run.status}\n`);
    continue;
  }
  for (const line of run.stdout.split('\n')) {
    if (line.trim().startsWith('{')) results.push({ script, ...JSON.parse(line) });
  }
}

for (const result of results) {
  const { script, name, ...metrics } = result;
  const shown = Object.entries(metrics).map(([k, v]) => `${k}=${typeof v === 'number' ? formatNumber(v) : String(v)}`);
  console.log(`${String(name ?? script).padEnd(24)} ${shown.join('  ')}`);
}
writeFileSync(new URL('results.jsonl', import.meta.url), results.map((r) => JSON.stringify(r)).join('\n') + '\n');
process.exitCode = failed > 0 ? 1 : 0;

function formatNumber(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(value < 10 ? 3 : 1);
}
