// Bench-only preload for the language server (`node --require bench/lib/gc-trace.cjs …`, lsp.bench.mjs --trace): records
// every GC pause of the server (perf_hooks 'gc' entries: start as epoch milliseconds, kind, duration) and writes them as
// JSON to FACTLINT_BENCH_GC_TRACE when the bench stops the server (SIGTERM), so the bench can tell which keystrokes a
// scavenge or a mark-compact fell in. The bench's own clock is epoch milliseconds too (timeOrigin + now).
const { performance, PerformanceObserver } = require('node:perf_hooks');
const { writeFileSync } = require('node:fs');

const out = process.env.FACTLINT_BENCH_GC_TRACE;
const pauses = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push([performance.timeOrigin + e.startTime, e.detail?.kind ?? e.kind, e.duration]);
}).observe({ entryTypes: ['gc'] });
process.on('SIGTERM', () => {
  if (out) writeFileSync(out, JSON.stringify(pauses));
  process.exit(0);
});
