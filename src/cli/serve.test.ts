import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { test } from 'node:test';

const SERVE = new URL('./serve.ts', import.meta.url).href;
const RUN = `const { serveCommand } = await import(${JSON.stringify(SERVE)});
process.exitCode = await serveCommand.run(process.argv.slice(1), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });`;

test('kroniek serve says where it serves, answers, and stops cleanly on SIGTERM', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'kroniek-serve-cli-'));
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', RUN, '--', '--db', join(folder, 'new.db'), '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let stdout = '';
    child.stdout.setEncoding('utf8');
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        const found = /Kroniek is serving .* at (http:\/\/127\.0\.0\.1:\d+\/)\n/.exec(stdout);
        if (found) resolve(found[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code} before serving: ${stdout}`)));
    });
    assert.match(stdout, /\(0 articles, 0 events\)/);
    const stats = (await (await fetch(`${url}api/stats`)).json()) as { articles: number };
    assert.equal(stats.articles, 0);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
  } finally {
    child.kill();
    rmSync(folder, { recursive: true, force: true });
  }
});

test('kroniek serve refuses a bad port as a usage error', async () => {
  const { serveCommand } = await import('./serve.js');
  const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  await assert.rejects(serveCommand.run(['--port', 'eighty'], io), /--port eighty: expected a port number/);
  await assert.rejects(serveCommand.run(['--port', '70000'], io), /expected a port number/);
});
