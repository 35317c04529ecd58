// What a typed series' tail is made of (lsp.bench.mjs --trace): the p95 of 100 keystrokes is the 95th sorted, so the
// six slowest decide it. Given each keystroke's send and arrival and the server's GC pauses (all in epoch ms, as
// bench/lib/gc-trace.cjs writes them), says which keystrokes are the slowest, which pauses fell inside each, how the
// first keystrokes after the open compare with the rest, and how much of the keystrokes' time the GC took.

/** perf_hooks' GC kinds. */
export const GC_KIND = { 1: 'scavenge', 2: 'minor mark-compact', 4: 'mark-compact', 8: 'incremental marking', 16: 'weak callbacks' };
const SHORT = { 1: 's', 4: 'M', 8: 'i' };

/** The value at quantile q of the sorted samples (the bench's percentiles: the ceil(q·n)-th). */
export function quantile(samples, q) {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(q * s.length) - 1)];
}

/** The lower median. */
export function median(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

/**
 * `spans`: per keystroke [sent, arrived]; `pauses`: the server's GC pauses [start, kind, ms]. A pause belongs to the
 * keystroke whose [sent, arrived) holds its start. `first`: how many keystrokes after the open count as its start.
 */
export function keystrokeTail(spans, pauses, { slowest = 6, first = 5 } = {}) {
  const times = spans.map(([sent, arrived]) => arrived - sent);
  const inside = ([sent, arrived]) => pauses.filter(([at]) => at >= sent && at < arrived);
  const worst = times
    .map((ms, index) => ({ index, ms }))
    .sort((a, b) => b.ms - a.ms || a.index - b.index)
    .slice(0, slowest)
    .map((k) => ({ ...k, pauses: inside(spans[k.index]) }));
  const typing = spans.length ? pauses.filter(([at]) => at >= spans[0][0] && at < spans[spans.length - 1][1]) : [];
  const byKind = new Map();
  for (const [, kind, ms] of typing) byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
  const gcMs = typing.reduce((sum, [, , ms]) => sum + ms, 0);
  const rest = times.slice(first);
  return {
    slowest: worst,
    firstMedian: median(times.slice(0, first)),
    restMedian: median(rest),
    restP95: quantile(rest, 0.95),
    gc: [...byKind].map(([kind, ms]) => ({ kind, count: ms.length, median: median(ms) })),
    gcMs,
    gcShare: gcMs / times.reduce((a, b) => a + b, 0),
  };
}

/** The tail as the bench prints it, `fmt` formatting milliseconds. */
export function formatTail(name, tail, fmt) {
  const pause = ([, kind, ms]) => `${SHORT[kind] ?? kind}${fmt(ms)}`;
  return [
    `- ${name}: ${tail.slowest.map((k) => `#${k.index} ${fmt(k.ms)} [${k.pauses.map(pause).join(' ')}]`).join(', ')}`,
    `  first five keystrokes median ${fmt(tail.firstMedian)} ms, the rest ${fmt(tail.restMedian)} ms; p95 of the rest ${fmt(tail.restP95)} ms`,
    `  GC while typing: ${tail.gc.map((g) => `${g.count} ${GC_KIND[g.kind] ?? g.kind} (median ${fmt(g.median)} ms)`).join(', ') || 'none'}; ${fmt(tail.gcMs)} ms in all, ${(100 * tail.gcShare).toFixed(0)} % of the keystrokes' time`,
  ].join('\n');
}
