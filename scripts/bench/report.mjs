// The printed report: one table, the slopes, the editor figures, targets and a summary line.

export function formatBytes(bytes) {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(2)} MB`;
  return `${(bytes / 1e3).toFixed(1)} KB`;
}

function fixed(value, digits) {
  return Number.isFinite(value) ? value.toFixed(digits) : '-';
}

function ms(value) {
  if (!Number.isFinite(value)) return '-';
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function ratio(value) {
  if (!Number.isFinite(value)) return '-';
  if (value >= 10) return `${value.toFixed(0)}x`;
  return value >= 0.1 ? `${value.toFixed(2)}x` : `${value.toPrecision(2)}x`;
}

/** Throughput with two significant digits for the slow tools. */
function rate(mbPerSecond) {
  if (!Number.isFinite(mbPerSecond)) return '-';
  return mbPerSecond >= 1 ? mbPerSecond.toFixed(1) : mbPerSecond.toPrecision(2);
}

function pad(cells, widths) {
  return cells.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
}

export function printTable({ rows, inputs, slopes, find, editing, phraseSet, corpus, quick, machine, warmup }) {
  const out = [];
  out.push(`Valued ${machine.source}; node ${machine.node}; ${machine.cores} cores (${machine.cpuModel}); ${machine.date} UTC`);
  out.push(`text: ${corpus.messages} plain-text messages of the SpamAssassin public corpus as Markdown; inputs ${inputs.map((s) => formatBytes(s.bytes)).join(', ')}`);
  out.push(`phrases for textlint+prh and the floor: ${phraseSet.phrases.length} (${phraseSet.source})`);
  out.push(`times: median of the timed rounds after warm-up, each tool and size in its own process${quick ? ' (--quick: too few rounds to trust)' : ''}`);
  out.push(`rounds: a tool that warmed up on the whole input runs 3 times back to back in each round and the round counts their median; 1st is the median of each round's first run, which follows a pause of seconds while the other tools ran`);
  out.push(`warm-up: up to ${warmup.maxRuns} runs on a ${formatBytes(warmup.maxChars)} slice, then up to ${warmup.fullMaxRuns} on the whole input (${fixed(warmup.fullBudgetMs / 1000, 1)} s at most) for any tool whose run on it is projected to take at most ${fixed(warmup.fullMaxMs / 1000, 1)} s`);
  out.push(`ms is wall-clock time, cpu ms the process's own processor time; load average ${fixed(machine.loadAtStart, 1)} at the start, ${fixed(machine.loadAtEnd, 1)} at the end on ${machine.cores} cores${machine.loadAtStart > machine.cores * 0.75 || machine.loadAtEnd > machine.cores * 0.75 ? ' (a busy machine: wall-clock times are inflated)' : ''}`);
  out.push('');
  const widths = [7, 13, 6, 8, 8, 8, 7, 9, 8, 8, 8];
  out.push(pad(['size', 'tool', 'runs', 'ms', '1st ms', 'cpu ms', 'MB/s', 'vs valued', 'vs floor', 'peak RSS', 'findings'], widths));
  for (const row of rows) {
    if (row.skipped) {
      out.push(`${pad([row.size.label, row.tool], widths)}  ${row.skipped}`);
      continue;
    }
    const valued = find('valued', row.size.label);
    const floor = find('floor', row.size.label);
    out.push(
      pad(
        [
          row.size.label,
          row.tool,
          row.repeats > 1 ? `${row.runs}x${row.repeats}` : row.runs,
          ms(row.ms),
          row.repeats > 1 ? ms(row.firstMs) : '-',
          ms(row.cpuMs),
          rate(row.size.bytes / 1e6 / (row.ms / 1000)),
          valued ? ratio(row.ms / valued.ms) : '-',
          floor ? ratio(row.ms / floor.ms) : '-',
          `${fixed(row.peakRssMB, 0)} MB`,
          row.findings ?? '-',
        ],
        widths,
      ),
    );
  }
  const cold = rows.filter((r) => r.warmup && r.warmup.firstFullMs !== null && r.warmup.firstFullMs !== undefined);
  if (cold.length) {
    out.push('');
    out.push('first run on the whole input in a fresh process (the coldest, during warm-up, not in the medians):');
    for (const r of cold) out.push(`  ${r.size.label.padEnd(7)} ${r.tool.padEnd(13)} ${ms(r.warmup.firstFullMs)} ms, then ${r.warmup.fullRuns - 1} more warm-up runs`);
  }
  out.push('');
  out.push('scaling slope (least squares of log time on log size; 1 = linear):');
  for (const [tool, s] of Object.entries(slopes)) {
    if (!Number.isFinite(s.all)) continue;
    out.push(`  ${tool.padEnd(13)} ${fixed(s.all, 2)} over all sizes measured (up to ${formatBytes(s.upTo)}), ${fixed(s.top, 2)} between the two largest`);
  }
  out.push('');
  out.push(...editingLines(editing));
  console.log(out.join('\n'));
}

function editingLines(e) {
  const lines = [];
  const b = e.bundles;
  if (e.skipped) {
    lines.push(`language server: not measured: ${e.skipped}`);
  } else {
    lines.push(`language server (node dist/server.js --stdio, debounceMs 0, ${e.syncKind ?? '?'} sync):`);
    if (Number.isFinite(e.initializeMs)) lines.push(`  initialize answered ${ms(e.initializeMs)} ms after spawn; RSS after initialize ${fixed(e.idleRssMB, 0)} MB`);
    if (Number.isFinite(e.openMs)) lines.push(`  1 MB document: first diagnostics ${ms(e.openMs)} ms after didOpen`);
    if (e.latencies) {
      const cut = e.latencies.length < e.editsPlanned ? ` (of ${e.editsPlanned} planned: the run's time ran out)` : '';
      lines.push(`  ${e.latencies.length} one-character edits at random places${cut}, edit to diagnostics: p50 ${ms(e.p50)} ms, p95 ${ms(e.p95)} ms, max ${ms(e.max)} ms`);
    }
    if (e.matchesFullAnalysis !== undefined) {
      lines.push(`  diagnostics after the last edit equal a full analysis of the same text: ${e.matchesFullAnalysis ? 'yes' : 'NO'} (${e.publishedCount} after the edits, ${e.fullCount} on a fresh open)`);
    }
    if (Number.isFinite(e.rss5MB)) {
      lines.push(`  5 MB document (1 MB one closed): diagnostics ${ms(e.open5Ms)} ms after didOpen (${e.diagnostics5}); server RSS ${fixed(e.rss5AtDiagnosticsMB, 0)} MB as they arrive, ${fixed(e.rss5MB, 0)} MB after ${(e.rss5SettleMs / 1000).toFixed(1)} s idle, peak ${fixed(e.peakRss5MB, 0)} MB`);
    }
    if (e.error) lines.push(`  FAILED: ${e.error}`);
  }
  lines.push(`bundles: dist/extension.js ${fixed(b['extension.js'], 1)} KB, dist/server.js ${fixed(b['server.js'], 1)} KB (and dist/analyzer.js ${fixed(b['analyzer.js'], 1)} KB, which it loads on its first analysis)`);
  return lines;
}

export function printTargets({ find, lowerBound, slopes, editing, crashes }) {
  const out = ['', 'targets:'];
  const check = (ok, text) => out.push(`  ${ok === undefined ? 'n/a ' : ok ? 'PASS' : 'FAIL'}  ${text}`);
  for (const label of ['1 MB', '5 MB']) {
    const v = find('valued', label);
    const t = find('textlint+prh', label);
    const f = find('floor', label);
    const toFloor = v && f ? v.ms / f.ms : NaN;
    // The same ratio on processor time, which other work on the machine disturbs less.
    const onCpu = (a, b) => (a && b ? `; ${ratio(a.cpuMs / b.cpuMs)} on cpu time` : '');
    // The same ratio on each round's first run, after the pause.
    const firstRuns = (a, b) => (a && b && a.repeats > 1 && b.repeats > 1 ? `; ${ratio(a.firstMs / b.firstMs)} on first runs after a pause` : '');
    if (t || !v) {
      const speedup = v && t ? t.ms / v.ms : NaN;
      check(Number.isFinite(speedup) ? speedup >= 100 : undefined, `${label}: valued at least 100x faster than textlint+prh (measured ${ratio(speedup)}${onCpu(t, v)}${v && v.repeats > 1 ? `; ${ratio(t.ms / v.firstMs)} against valued's first runs after a pause` : ''})`);
    } else {
      // textlint+prh was cut off or skipped here: its time is known only from below, so the
      // ratio is a lower bound; it can pass the target but not fail it.
      const bound = lowerBound('textlint+prh', label);
      const speedup = Number.isFinite(bound) ? bound / v.ms : NaN;
      check(Number.isFinite(speedup) && speedup >= 100 ? true : undefined, `${label}: valued at least 100x faster than textlint+prh (at least ${ratio(speedup)}: textlint+prh not timed to the end at this size)`);
    }
    check(Number.isFinite(toFloor) ? toFloor <= 5 : undefined, `${label}: valued within 5x of the regex floor (measured ${ratio(toFloor)}${onCpu(v, f)}${firstRuns(v, f)})`);
  }
  const s = slopes.valued;
  check(Number.isFinite(s.all) ? s.all < 1.15 : undefined, `valued scales linearly: slope below 1.15 (measured ${fixed(s.all, 2)} over all sizes)`);
  const e = editing;
  check(Number.isFinite(e.p50) ? e.p50 <= 15 : undefined, `edit to diagnostics p50 <= 15 ms (measured ${ms(e.p50)} ms)`);
  check(Number.isFinite(e.p95) ? e.p95 <= 40 : undefined, `edit to diagnostics p95 <= 40 ms (measured ${ms(e.p95)} ms)`);
  check(e.matchesFullAnalysis, 'diagnostics after incremental edits equal a full analysis');
  check(Number.isFinite(e.rss5MB) ? e.rss5MB <= 150 : undefined, `server RSS with a 5 MB document open <= 150 MB (measured ${fixed(e.rss5MB, 0)} MB)`);
  check(Number.isFinite(e.initializeMs) ? e.initializeMs <= 300 : undefined, `initialize answered within 300 ms of spawn (measured ${ms(e.initializeMs)} ms)`);
  for (const c of crashes) out.push(`  CRASH ${c}`);

  const v1 = find('valued', '1 MB');
  const t1 = find('textlint+prh', '1 MB');
  const f1 = find('floor', '1 MB');
  const parts = [
    v1 ? `valued 1MB ${ms(v1.ms)} ms${v1.repeats > 1 ? ` (${ms(v1.firstMs)} ms on first runs after a pause)` : ''} = ${t1 ? `${(t1.ms / v1.ms).toFixed(0)}x faster than textlint+prh` : 'textlint+prh not measured'}, ${f1 ? `${(v1.ms / f1.ms).toFixed(1)}x the floor` : 'floor not measured'}` : 'valued 1MB not measured',
    `slope ${fixed(s.all, 2)}`,
    Number.isFinite(e.p50) ? `p50 edit latency ${ms(e.p50)} ms, p95 ${ms(e.p95)} ms` : 'edit latency not measured',
    Number.isFinite(e.rss5MB) ? `server RSS 5MB doc ${fixed(e.rss5MB, 0)} MB` : 'server RSS not measured',
    Number.isFinite(e.initializeMs) ? `initialize ${ms(e.initializeMs)} ms` : 'initialize not measured',
  ];
  out.push('', `summary: ${parts.join('; ')}`);
  console.log(out.join('\n'));
}
