// A change whose other endpoint stands in the sentence before among several figures, each with its own year:
// "We published 800 papers in 2025, up 6.4% on the 752 of 2024. Over the decade output is up 58.7% from 538 papers in
// 2016." Each figure of the sentence before is a possible endpoint; the reading takes the one that spans the longest
// period (the latest figure), and only when the stated change fits none of the others (a change that fits another pairing is left unread).
import type { AnalysedSegment } from '../analysis.js';
import { percentChange } from '../arithmetic.js';
import type { Span } from '../markdown/facts.js';
import { isConsistentAtPrecision, type NumberToken } from '../numbers.js';
import { previousEndpoint, type PreviousEndpoint } from './change-previous-endpoints.js';

/** The year that belongs to a figure: "800 papers in 2025", "the 752 of 2024", "2,904 (2025)". */
const OWN_YEAR = /^(?:\s+[\p{L}’'-]+){0,3}?\s+(?:in|of)\s+$|^\s*\(\s*$/u;

function fits(p: PreviousEndpoint): boolean {
  const change = percentChange(p.initial.value, p.final.value);
  if (change === undefined) return true;
  const { stated } = p;
  const signed = stated.style.sign !== '' ? stated.value : p.decline ? -Math.abs(stated.value) : Math.abs(stated.value);
  return isConsistentAtPrecision(signed, stated.decimals, change) || isConsistentAtPrecision(Math.abs(stated.value), stated.decimals, Math.abs(change));
}

/**
 * Reads the sentence against each figure–year pair of the sentence before (every figure of the sentence's kind and every
 * year of the sentence before must pair up). A total change only, never an annual rate.
 */
export function previousPairedEndpoint(text: string, segment: AnalysedSegment, sentence: Span, tokens: readonly NumberToken[], previous: Span | undefined, previousTokens: readonly NumberToken[]): PreviousEndpoint | undefined {
  if (!previous) return undefined;
  const values = tokens.filter((t) => !t.yearLike && t.kind !== 'percent' && t.kind !== 'ordinal');
  if (values.length !== 1) return undefined;
  const kind = values[0]!.kind;
  const figures = previousTokens.filter((t) => !t.yearLike && t.kind === kind);
  const years = previousTokens.filter((t) => t.yearLike);
  if (figures.length < 2 || years.length !== figures.length) return undefined;
  const pairs: Array<[NumberToken, NumberToken]> = [];
  for (const figure of figures) {
    const year = years.find((y) => y.start > figure.end && OWN_YEAR.test(text.slice(figure.end, y.start)));
    if (!year || pairs.some(([, y]) => y === year || y.value === year.value)) return undefined;
    pairs.push([figure, year]);
  }
  // Only "… up X% from A in Y1": the sentence states where it set out, and "now" is the latest figure before it. A
  // sentence that arrives ("had risen to B, an increase of X%") may count from any earlier figure: no reading.
  const readings = pairs.map((pair) => previousEndpoint(text, segment, sentence, tokens, previous, pair)).filter((r): r is PreviousEndpoint => r !== undefined && !r.rate && r.initial === values[0]);
  if (readings.length === 0) return undefined;
  const span = (r: PreviousEndpoint) => r.finalYear.value - r.initialYear.value;
  const chosen = readings.reduce((a, b) => (span(b) > span(a) ? b : a));
  // The latest figure must be the one read: "800 peer-reviewed papers in 2025, up 6.4% on the 752 of 2024. … up 48.7%
  // from 538 papers in 2016" counts from 2016 to 2025 even when 800's noun keeps it from a reading of its own.
  const latest = pairs.reduce((a, b) => (b[1].value > a[1].value ? b : a));
  if (chosen.final !== latest[0] && chosen.initial !== latest[0]) return undefined;
  if (fits(chosen)) return chosen;
  return readings.some(fits) ? undefined : chosen;
}
