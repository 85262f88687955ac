// The benchmark's own measuring parts: if these drift, its figures mean nothing.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

// The harness is plain ES modules run by node; a computed specifier keeps them out of the type check.
const load = (name: string): Promise<any> => import(pathToFileURL(path.join(__dirname, '../../scripts/bench', name)).href);

describe('bench: regex floor, statistics and inputs', () => {
  it('the floor reports UTF-16 line/column of every phrase, longest alternative first', async () => {
    const { createFloor } = await load('floor.mjs');
    const find = createFloor([{ phrase: 'decision' }, { phrase: 'decision-maker' }, { phrase: 'your needs' }]);
    const text = 'intro\n\n😀 Your needs, then a decision-maker.\nno match here\nx decision decision';
    assert.deepEqual(find(text), [
      { line: 2, character: 3, length: 10 },
      { line: 2, character: 22, length: 14 },
      { line: 4, character: 2, length: 8 },
      { line: 4, character: 11, length: 8 },
    ]);
    // Reused on a second text: no state leaks from the previous scan.
    assert.deepEqual(find('decision'), [{ line: 0, character: 0, length: 8 }]);
  });

  it('the log-log slope is 1 for linear growth and 2 for quadratic', async () => {
    const { logLogSlope } = await load('stats.mjs');
    const sizes = [1e4, 1e5, 1e6, 5e6];
    assert.ok(Math.abs(logLogSlope(sizes.map((x) => ({ x, y: 3 * x }))) - 1) < 1e-9);
    assert.ok(Math.abs(logLogSlope(sizes.map((x) => ({ x, y: x * x }))) - 2) < 1e-9);
  });

  it('percentiles use the nearest rank', async () => {
    const { percentile, median } = await load('stats.mjs');
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    assert.equal(percentile(values, 50), 50);
    assert.equal(percentile(values, 95), 95);
    assert.equal(median([5, 1, 3]), 3);
  });

  it('inputs are nested prefixes of real mail, cut at paragraph ends, close to each size', async () => {
    const { buildInputs } = await load('corpus.mjs');
    const targets = [10_000, 100_000];
    const { inputs, messages } = await buildInputs(targets);
    assert.ok(messages > 1000, `only ${messages} messages read from the corpus package`);
    inputs.forEach((input: { text: string; bytes: number; target: number }, i: number) => {
      assert.equal(input.bytes, Buffer.byteLength(input.text));
      assert.ok(input.bytes <= targets[i] && input.bytes > targets[i] * 0.9, `${input.bytes} bytes for ${targets[i]}`);
      assert.ok(input.text.endsWith('\n\n'), 'cut inside a paragraph');
      assert.ok(input.text.startsWith('## '), 'a message heading opens the text');
    });
    assert.ok(inputs[1].text.startsWith(inputs[0].text));
  });
});
