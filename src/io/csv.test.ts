import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from './csv.js';

test('reads quoted fields with commas, newlines and doubled quotes, and CRLF line ends', () => {
  assert.deepEqual(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n1,\n'), [
    ['a', 'b'],
    ['x, y', 'say "hi"\nthere'],
    ['1', ''],
  ]);
  assert.deepEqual(parseCsv('last,row'), [['last', 'row']]);
  assert.deepEqual(parseCsv(''), []);
});
