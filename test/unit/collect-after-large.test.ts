// The language server collects its garbage once it is quiet after a large document's
// diagnostics (lsp/collect-after-large.ts): once per quiet spell, never for small ones.
import assert from 'node:assert/strict';
import { CollectAfterLarge, LARGE_DOCUMENT, engineCollection } from '../../server/src/lsp/collect-after-large';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('collection after a large document', () => {
  it('runs once after a burst of diagnostics for a large document, when they stop', async () => {
    let runs = 0;
    const collector = new CollectAfterLarge(() => runs++, 40);
    for (let i = 0; i < 5; i++) {
      collector.published(LARGE_DOCUMENT);
      await wait(10);
    }
    assert.equal(runs, 0, 'collected while diagnostics were still coming');
    await wait(80);
    assert.equal(runs, 1);
  });

  it('never runs for documents below the threshold', async () => {
    let runs = 0;
    const collector = new CollectAfterLarge(() => runs++, 10);
    collector.published(LARGE_DOCUMENT - 1);
    collector.published(0);
    await wait(40);
    assert.equal(runs, 0);
  });

  it('uses the engine\'s own full collection, callable without a command-line flag', () => {
    const collect = engineCollection();
    assert.equal(typeof collect, 'function');
    collect();
  });
});
