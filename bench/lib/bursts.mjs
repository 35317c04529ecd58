// Fast typing through the server (lsp.bench.mjs --bursts): edits sent at a fixed interval without waiting for their
// diagnostics, so versions arrive while the check of an earlier one runs. What a typist sees is the diagnostics of the
// last keystroke of a burst; what the server must never do is publish a version older than one it already published.
// This module reads, from each burst's keystrokes (version and send time) and every publication the client received
// (version and arrival time, in arrival order, all in one clock), what lsp.bench.mjs prints.

import { quantile } from './keystroke-tail.mjs';

/**
 * `bursts`: per burst, its keystrokes as [version, sent] in the order sent; `published`: every publication for the draft
 * as [version, arrived], in arrival order (the open's included). Per burst: `keys`, its keystrokes; `latency`, from the last keystroke's send to
 * the arrival of the first publication of its version (undefined when none came); `intermediate`, how many
 * publications of the burst's other versions arrived; `skipped`, how many of its versions were never published.
 * `stale`: the publications whose version is lower than one published before them (the server must give none); a
 * version published twice is not stale but counted in `repeated`.
 */
export function burstSummary(bursts, published) {
  let newest = -Infinity;
  let stale = 0;
  let repeated = 0;
  const seen = new Set();
  for (const [version] of published) {
    if (version < newest) stale++;
    else if (seen.has(version)) repeated++;
    newest = Math.max(newest, version);
    seen.add(version);
  }
  const perBurst = bursts.map((keys) => {
    const [lastVersion, lastSent] = keys[keys.length - 1];
    const others = new Set(keys.slice(0, -1).map(([version]) => version));
    const last = published.find(([version]) => version === lastVersion);
    return {
      keys: keys.length,
      latency: last ? last[1] - lastSent : undefined,
      intermediate: published.filter(([version]) => others.has(version)).length,
      skipped: keys.filter(([version]) => !seen.has(version)).length,
    };
  });
  return { perBurst, stale, repeated };
}

/** The figures lsp.bench.mjs prints for one series of bursts (`first` bursts after the open reported apart). */
export function burstFigures({ perBurst, stale, repeated }, { first = 1 } = {}) {
  const latencies = perBurst.map((b) => b.latency).filter((ms) => ms !== undefined);
  const rest = latencies.slice(first);
  return {
    bursts: perBurst.length,
    unpublished: perBurst.filter((b) => b.latency === undefined).length,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    max: Math.max(...latencies),
    firstLatency: latencies.slice(0, first),
    restP95: quantile(rest, 0.95),
    intermediate: perBurst.reduce((sum, b) => sum + b.intermediate, 0),
    keystrokes: perBurst.reduce((sum, b) => sum + b.keys, 0),
    skipped: perBurst.reduce((sum, b) => sum + b.skipped, 0),
    stale,
    repeated,
  };
}
