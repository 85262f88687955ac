import * as assert from 'node:assert/strict';
import { openInEditor } from './workspace-files';
import { ruleOf, waitForDiagnostics } from './wait';

describe('plain-text documents', () => {
  it('are analysed, with columns in UTF-16 code units after an emoji', async () => {
    const { document } = await openInEditor('notes.txt');
    assert.equal(document.languageId, 'plaintext');
    const list = await waitForDiagnostics(document.uri, 'thanks-for-time', (l) => l.some((d) => ruleOf(d) === 'thanks-for-time'));
    const thanks = list.find((d) => ruleOf(d) === 'thanks-for-time')!;
    assert.equal(thanks.range.start.line, 2);
    // "🚀 " is three UTF-16 code units.
    assert.equal(thanks.range.start.character, 3);
    assert.match(document.getText(thanks.range), /^Thank you for your time/);
  });
});
