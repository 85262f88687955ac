// Discovery, layering, ignore globs, caching and last-valid memory of .valued.json files.
import * as assert from 'node:assert/strict';
import { ConfigLoader, findRepositoryRoot, loadConfigChain } from '../../server/src/config';
import { MemoryFs } from './config-memory-fs';

const rules = (r: Record<string, string>) => JSON.stringify({ rules: r });
const custom = (id: string, extra: object = {}) => ({ id, message: `Avoid ${id}.`, severity: 'warning', phrases: ['circle back'], ...extra });

describe('config: chain of .valued.json files', () => {
  describe('discovery', () => {
    it('finds files from the stop folder down to the document, outermost first', () => {
      const fs = new MemoryFs()
        .write('/.valued.json', '{}')
        .write('/ws/.valued.json', '{}')
        .write('/ws/a/.valued.json', '{}')
        .write('/ws/a/b/doc.md', '');
      const loader = new ConfigLoader(fs);
      assert.deepEqual(loader.findConfigFiles('/ws/a/b/doc.md', '/ws'), ['/ws/.valued.json', '/ws/a/.valued.json']);
      assert.deepEqual(loader.findConfigFiles('/ws/a/b/doc.md', undefined), ['/.valued.json', '/ws/.valued.json', '/ws/a/.valued.json']);
    });

    it('a document outside the stop folder only sees its own folder', () => {
      const fs = new MemoryFs().write('/other/.valued.json', '{}').write('/.valued.json', '{}');
      assert.deepEqual(new ConfigLoader(fs).findConfigFiles('/other/doc.md', '/ws'), ['/other/.valued.json']);
    });

    it('a folder named like a .valued.json is not a config file', () => {
      const fs = new MemoryFs().mkdir('/ws/.valued.json');
      assert.deepEqual(new ConfigLoader(fs).findConfigFiles('/ws/doc.md', '/ws'), []);
    });

    it('the repository root is the nearest folder holding .git (folder or file)', () => {
      const fs = new MemoryFs().mkdir('/ws/.git').write('/ws/sub/mod/.git', 'gitdir: ../../.git/modules/mod');
      assert.equal(findRepositoryRoot('/ws/a/b', fs), '/ws');
      assert.equal(findRepositoryRoot('/ws/sub/mod/docs', fs), '/ws/sub/mod');
      assert.equal(findRepositoryRoot('/elsewhere', fs), undefined);
    });
  });

  describe('layering', () => {
    it('settings < outer file < inner file < overrides, each winning only for what it sets', () => {
      const fs = new MemoryFs()
        .write('/ws/.valued.json', rules({ 'needs-noun': 'off', 'thanks-for-time': 'error', 'single-thread': 'hint' }))
        .write('/ws/emails/.valued.json', rules({ 'needs-noun': 'warning', 'single-thread': 'information' }));
      const r = new ConfigLoader(fs).loadChain('/ws/emails/doc.md', '/ws', {
        settingsRules: { 'price-concession': 'off', 'thanks-for-time': 'hint' },
        overrideRules: { 'single-thread': 'error' },
      });
      assert.deepEqual(r.options.rules, {
        'price-concession': 'off',
        'thanks-for-time': 'error',
        'needs-noun': 'warning',
        'single-thread': 'error',
      });
      assert.equal(r.hasErrors, false);
      assert.deepEqual(r.files.map((f) => [f.file, f.state]), [['/ws/.valued.json', 'valid'], ['/ws/emails/.valued.json', 'valid']]);
    });

    it('the parent applies alone to documents beside it', () => {
      const fs = new MemoryFs()
        .write('/ws/.valued.json', rules({ 'needs-noun': 'off' }))
        .write('/ws/emails/.valued.json', rules({ 'needs-noun': 'warning' }));
      assert.deepEqual(loadConfigChain('/ws/doc.md', '/ws', fs).options.rules, { 'needs-noun': 'off' });
    });

    it('custom rules merge by id, the nearer definition winning', () => {
      const fs = new MemoryFs()
        .write('/ws/.valued.json', JSON.stringify({ customRules: [custom('a'), custom('b')] }))
        .write('/ws/x/.valued.json', JSON.stringify({ customRules: [custom('a', { message: 'inner' })] }));
      const r = new ConfigLoader(fs).loadChain('/ws/x/doc.md', '/ws');
      assert.deepEqual(r.options.customRules.map((c) => [c.id, c.message]), [['a', 'inner'], ['b', 'Avoid b.']]);
    });

    it('a rules entry sets a custom rule\'s severity or turns it off, also from a nested file', () => {
      const fs = new MemoryFs()
        .write('/ws/.valued.json', JSON.stringify({ customRules: [custom('a'), custom('b')], rules: { a: 'error' } }))
        .write('/ws/x/.valued.json', rules({ b: 'off' }));
      const r = new ConfigLoader(fs).loadChain('/ws/x/doc.md', '/ws');
      assert.deepEqual(r.problems, []);
      assert.deepEqual(r.options.customRules.map((c) => [c.id, c.severity]), [['a', 'error']]);
    });

    it('an id no file in the chain defines is an error in the file that uses it', () => {
      const fs = new MemoryFs()
        .write('/ws/.valued.json', rules({}))
        .write('/ws/x/.valued.json', '{\n  "rules": { "neds-noun": "off" }\n}');
      const r = new ConfigLoader(fs).loadChain('/ws/x/doc.md', '/ws');
      assert.equal(r.hasErrors, true);
      assert.equal(r.problems.length, 1);
      assert.equal(r.problems[0].file, '/ws/x/.valued.json');
      assert.match(r.problems[0].message, /unknown rule id "neds-noun"/);
      assert.deepEqual([r.problems[0].line, r.problems[0].column], [2, 14]);
    });

    it('a mistyped id suggests the closest known one, custom ids included', () => {
      const fs = new MemoryFs()
        .write('/ws/.valued.json', JSON.stringify({ customRules: [custom('no-circle-back')] }))
        .write('/ws/x/.valued.json', rules({ 'thanks-for-tme': 'off', 'no-circle-bak': 'off', 'loudness': 'off' }));
      const messages = new ConfigLoader(fs).loadChain('/ws/x/doc.md', '/ws').problems.map((p) => p.message);
      assert.deepEqual(messages.slice(0, 2), ['unknown rule id "thanks-for-tme": did you mean "thanks-for-time"?', 'unknown rule id "no-circle-bak": did you mean "no-circle-back"?']);
      assert.match(messages[2], /^unknown rule id "loudness" \(built-in rules: thanks-for-time, needs-noun, /);
    });

    it('a custom id declared in a child is unknown to its parent\'s documents', () => {
      const fs = new MemoryFs()
        .write('/ws/.valued.json', rules({ a: 'off' }))
        .write('/ws/x/.valued.json', JSON.stringify({ customRules: [custom('a')] }));
      assert.equal(new ConfigLoader(fs).loadChain('/ws/x/doc.md', '/ws').hasErrors, true);
    });
  });

  describe('ignore', () => {
    const fs = new MemoryFs()
      .write('/ws/.valued.json', JSON.stringify({ ignore: ['drafts/**', 'archive', '**/*.draft.md'] }))
      .write('/ws/team/.valued.json', JSON.stringify({ ignore: ['private/*.md'] }));
    const ignored = (doc: string) => new ConfigLoader(fs).loadChain(doc, '/ws').ignored;

    it('globs are relative to the folder of the file that declares them', () => {
      assert.equal(ignored('/ws/drafts/a.md'), true);
      assert.equal(ignored('/ws/drafts/deep/a.md'), true);
      assert.equal(ignored('/ws/team/drafts/a.md'), false);
      assert.equal(ignored('/ws/team/private/a.md'), true);
      assert.equal(ignored('/ws/private/a.md'), false);
    });

    it('a pattern naming a folder ignores everything inside it', () => {
      assert.equal(ignored('/ws/archive/2020/q1.md'), true);
      assert.equal(ignored('/ws/archived.md'), false);
    });

    it('** patterns reach any depth; the rest is analysed', () => {
      assert.equal(ignored('/ws/team/x/plan.draft.md'), true);
      assert.equal(ignored('/ws/team/plan.md'), false);
    });
  });

  describe('caching and last valid configuration', () => {
    it('parses a file once while its modification time is unchanged', () => {
      const fs = new MemoryFs().write('/ws/.valued.json', rules({ 'needs-noun': 'off' }));
      const loader = new ConfigLoader(fs);
      loader.loadChain('/ws/a.md', '/ws');
      loader.loadChain('/ws/b.md', '/ws');
      assert.equal(fs.reads, 1);
      fs.write('/ws/.valued.json', rules({ 'needs-noun': 'hint' }));
      assert.deepEqual(loader.loadChain('/ws/a.md', '/ws').options.rules, { 'needs-noun': 'hint' });
      assert.equal(fs.reads, 2);
    });

    it('when a file turns invalid its last valid contents stay in effect, and its errors are reported', () => {
      const fs = new MemoryFs().write('/ws/.valued.json', rules({ 'needs-noun': 'off' }));
      const loader = new ConfigLoader(fs);
      loader.loadChain('/ws/a.md', '/ws');
      fs.write('/ws/.valued.json', '{ "rules": { "needs-noun": "of" } }');
      const r = loader.loadChain('/ws/a.md', '/ws');
      assert.equal(r.files[0].state, 'last-valid');
      assert.deepEqual(r.options.rules, { 'needs-noun': 'off' });
      assert.equal(r.hasErrors, true);
      assert.match(r.problems[0].message, /"of"/);
      fs.write('/ws/.valued.json', rules({ 'needs-noun': 'error' }));
      const fixed = loader.loadChain('/ws/a.md', '/ws');
      assert.equal(fixed.files[0].state, 'valid');
      assert.deepEqual(fixed.options.rules, { 'needs-noun': 'error' });
    });

    it('an unknown rule id also keeps the last valid contents', () => {
      const fs = new MemoryFs().write('/ws/.valued.json', rules({ 'needs-noun': 'off' }));
      const loader = new ConfigLoader(fs);
      loader.loadChain('/ws/a.md', '/ws');
      fs.write('/ws/.valued.json', rules({ 'needs-noun': 'error', typo: 'off' }));
      assert.deepEqual(loader.loadChain('/ws/a.md', '/ws').options.rules, { 'needs-noun': 'off' });
    });

    it('a file never valid contributes nothing, and the other files still apply', () => {
      const fs = new MemoryFs()
        .write('/ws/.valued.json', rules({ 'thanks-for-time': 'error' }))
        .write('/ws/x/.valued.json', '{ "rules": ');
      const r = new ConfigLoader(fs).loadChain('/ws/x/a.md', '/ws');
      assert.deepEqual(r.files.map((f) => f.state), ['valid', 'invalid']);
      assert.deepEqual(r.options.rules, { 'thanks-for-time': 'error' });
      assert.equal(r.problems[0].file, '/ws/x/.valued.json');
    });

    it('a deleted file is forgotten: re-created invalid, it has no old contents to fall back on', () => {
      const fs = new MemoryFs().write('/ws/.valued.json', rules({ 'needs-noun': 'off' }));
      const loader = new ConfigLoader(fs);
      loader.loadChain('/ws/a.md', '/ws');
      fs.remove('/ws/.valued.json');
      assert.deepEqual(loader.loadChain('/ws/a.md', '/ws').files, []);
      fs.write('/ws/.valued.json', '{,}');
      assert.equal(loader.loadChain('/ws/a.md', '/ws').files[0].state, 'invalid');
    });

    it('warnings alone keep a file valid', () => {
      const fs = new MemoryFs().write('/ws/.valued.json', JSON.stringify({ rules: { 'needs-noun': 'off' }, extra: true }));
      const r = new ConfigLoader(fs).loadChain('/ws/a.md', '/ws');
      assert.equal(r.hasErrors, false);
      assert.equal(r.problems[0].severity, 'warning');
      assert.deepEqual(r.options.rules, { 'needs-noun': 'off' });
    });

    it('an unreadable file is an error at its start', () => {
      const fs = new MemoryFs().write('/ws/.valued.json', '{}');
      fs.readFile = () => {
        throw new Error('EACCES: permission denied');
      };
      const r = new ConfigLoader(fs).loadChain('/ws/a.md', '/ws');
      assert.equal(r.hasErrors, true);
      assert.deepEqual([r.problems[0].line, r.problems[0].column], [1, 1]);
      assert.match(r.problems[0].message, /cannot read: EACCES/);
    });
  });

  it('an explicit file replaces the search', () => {
    const fs = new MemoryFs()
      .write('/ws/.valued.json', rules({ 'needs-noun': 'off' }))
      .write('/etc/team.json', JSON.stringify({ rules: { 'thanks-for-time': 'off' }, ignore: ['*.tmp.md'] }));
    const loader = new ConfigLoader(fs);
    const r = loader.loadChainFromFiles('/ws/a.md', ['/etc/team.json']);
    assert.deepEqual(r.options.rules, { 'thanks-for-time': 'off' });
    // Its globs stay relative to its own folder.
    assert.equal(loader.loadChainFromFiles('/ws/b.tmp.md', ['/etc/team.json']).ignored, false);
    assert.equal(loader.loadChainFromFiles('/etc/b.tmp.md', ['/etc/team.json']).ignored, true);
  });
});
