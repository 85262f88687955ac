// The language server as an editor meets it: time to answer initialize, edit-to-diagnostics
// latency on a 1 MB document while typing, and resident memory with a 5 MB document open.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LspClient } from './lsp-client.mjs';
import { percentile, seededRandom } from './stats.mjs';

const SETTINGS = { enable: true, rules: {}, debounceMs: 0, maxFileSizeMB: 10 };
const LETTERS = 'etaoinshrdlu ';

function statusField(pid, field) {
  try {
    const m = new RegExp(`^${field}:\\s*(\\d+)\\s*kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** LSP position (UTF-16 code units) of a string offset; the benchmark text uses \n breaks. */
function positionAt(text, offset) {
  const lineStart = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
  return { line, character: offset - lineStart };
}

function syncKind(capabilities) {
  const sync = capabilities && capabilities.textDocumentSync;
  if (typeof sync === 'number') return sync;
  if (sync && typeof sync.change === 'number') return sync.change;
  return 0;
}

function diagnosticKey(d) {
  const code = typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
  return `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${code} ${d.severity} ${d.message}`;
}

export function bundleSizes(root) {
  const sizes = {};
  for (const name of ['extension.js', 'server.js', 'analyzer.js']) {
    const file = join(root, 'dist', name);
    sizes[name] = existsSync(file) ? statSync(file).size / 1024 : NaN;
  }
  return sizes;
}

/**
 * Runs the whole editing scenario. Never throws: a missing or failing server is reported
 * in `skipped` / `error` so the rest of the benchmark still prints.
 */
export async function measureEditing({ root, text1MB, text5MB, edits, seed, deadline, log }) {
  const serverPath = join(root, 'dist', 'server.js');
  const result = { bundles: bundleSizes(root) };
  if (!existsSync(serverPath)) {
    result.skipped = 'dist/server.js is not built yet (server/src/server.ts missing or the build failed)';
    return result;
  }
  const spawnedAt = performance.now();
  const client = new LspClient(process.execPath, [serverPath, '--stdio'], { configuration: SETTINGS });
  try {
    const init = await client.request(
      'initialize',
      {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: null,
        capabilities: {
          workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
          textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true } },
          general: { positionEncodings: ['utf-16'] },
        },
      },
      10_000,
    );
    result.initializeMs = performance.now() - spawnedAt;
    client.notify('initialized', {});
    result.idleRssMB = statusField(client.pid, 'VmRSS');
    const kind = syncKind(init && init.capabilities);
    result.syncKind = kind === 2 ? 'incremental' : kind === 1 ? 'full' : 'none';
    if (kind === 0) throw new Error('the server declares no textDocumentSync');

    // 1 MB document: first diagnostics, then typing.
    const uri = 'file:///bench/edit-1mb.md';
    let text = text1MB;
    let version = 1;
    let waiting = client.diagnostics(uri, version, 60_000);
    let start = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    await waiting;
    result.openMs = performance.now() - start;

    const random = seededRandom(seed);
    const latencies = [];
    let last = null;
    for (let i = 0; i < edits && performance.now() < deadline; i++) {
      let offset = Math.floor(random() * (text.length + 1));
      // Never split a surrogate pair.
      if (offset > 0 && offset < text.length && /[\uD800-\uDBFF]/.test(text[offset - 1])) offset++;
      const letter = LETTERS[Math.floor(random() * LETTERS.length)];
      const position = positionAt(text, offset);
      text = text.slice(0, offset) + letter + text.slice(offset);
      version++;
      const change = kind === 2 ? { range: { start: position, end: position }, text: letter } : { text };
      waiting = client.diagnostics(uri, version, 10_000);
      start = performance.now();
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      last = await waiting;
      latencies.push(performance.now() - start);
    }
    result.latencies = latencies;
    result.editsPlanned = edits;
    result.p50 = percentile(latencies, 50);
    result.p95 = percentile(latencies, 95);
    result.max = Math.max(...latencies);
    if (last) {
      // The result after the edits must equal a full analysis of the same text. The same
      // server analyses a fresh copy, so both sides come from one build of the analyzer.
      const freshUri = 'file:///bench/edit-1mb-fresh.md';
      waiting = client.diagnostics(freshUri, 1, 60_000);
      client.notify('textDocument/didOpen', { textDocument: { uri: freshUri, languageId: 'markdown', version: 1, text } });
      const fresh = await waiting;
      client.notify('textDocument/didClose', { textDocument: { uri: freshUri } });
      const published = last.params.diagnostics.map(diagnosticKey).sort();
      const full = fresh.params.diagnostics.map(diagnosticKey).sort();
      result.matchesFullAnalysis = published.length === full.length && published.every((k, i) => k === full[i]);
      result.publishedCount = published.length;
      result.fullCount = full.length;
    }
    client.notify('textDocument/didClose', { textDocument: { uri } });

    // 5 MB document: memory once its diagnostics are out.
    log('  opening the 5 MB document');
    const bigUri = 'file:///bench/open-5mb.md';
    waiting = client.diagnostics(bigUri, 1, 120_000);
    start = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'markdown', version: 1, text: text5MB } });
    const big = await waiting;
    result.open5Ms = performance.now() - start;
    result.diagnostics5 = big.params.diagnostics.length;
    result.rss5AtDiagnosticsMB = statusField(client.pid, 'VmRSS');
    // Resident memory with the document open, once the server has been idle a few
    // seconds: the reading as diagnostics arrive also holds the garbage of the 5 MB
    // message and its analysis, which goes at the server's next full collection.
    // Read every 250 ms for 4 s; keep the last reading.
    const readings = [result.rss5AtDiagnosticsMB];
    for (let i = 0; i < 16; i++) {
      await new Promise((r) => setTimeout(r, 250));
      readings.push(statusField(client.pid, 'VmRSS'));
    }
    result.rss5MB = readings[readings.length - 1];
    result.rss5SettleMs = (readings.length - 1) * 250;
    result.peakRss5MB = statusField(client.pid, 'VmHWM');
  } catch (e) {
    result.error = `${e.message}${client.stderr ? `\n  server stderr: ${client.stderr.trim().split('\n').slice(-5).join('\n  ')}` : ''}`;
  } finally {
    await client.stop();
  }
  return result;
}
