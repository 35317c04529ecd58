// A wrong part makes a right total or share look wrong: "SAGIC 975, SMGL 649 and KHI 466, a combined 2,080" where the
// dataset has 456 for KHI. When the figure the dataset corrects, put back to the dataset's value, makes the total (or the
// share) hold, the error is that figure's (the dataset-value rule reports it), not the total's nor the share's.
import { sharePercent } from '../arithmetic.js';
import { isConsistentAtPrecision, type NumberToken } from '../numbers.js';
import type { Dataset } from '../dataset/index.js';
import { tokenFactor, type DocumentLinks } from './links.js';
import { VersionMemo } from '../version-memo.js';

/** The dataset's value of a mismatched figure, by the figure's start: what the readings below ask of it. */
export interface Corrections {
  get(start: number): number | undefined;
  has(start: number): boolean;
}

const byDocument = new VersionMemo<DocumentLinks, Map<number, number | undefined>>();

/**
 * The dataset's value for each token whose link is a mismatch, on the token's own footing. Looked up per figure asked,
 * among the links of the segment that holds it (each link's figure is in its segment, and only that segment's links are
 * read), and kept per document: a map of every link's correction, built on every check, cost more than all the asks.
 * Of several mismatched links of one figure, the last one's, as a map filled in the links' order gives.
 */
export function datasetCorrections(links: DocumentLinks, dataset: Dataset): Corrections {
  let asked = byDocument.get(links);
  if (!asked) byDocument.set(links, (asked = new Map()));
  const known = asked;
  const get = (start: number): number | undefined => {
    if (known.has(start)) return known.get(start);
    const value = correctionAt(links, dataset, start);
    known.set(start, value);
    return value;
  };
  return { get, has: (start) => get(start) !== undefined };
}

function correctionAt(links: DocumentLinks, dataset: Dataset, start: number): number | undefined {
  const own = links.around(start);
  let value: number | undefined;
  for (let i = 0; i < own.length; i++) {
    const link = own[i]!;
    if (link.token.start !== start || link.status !== 'mismatch' || link.range || link.observation?.value === undefined) continue;
    value = link.observation.value / tokenFactor(link.token, dataset.metrics.get(link.metric)?.scale, link.observation.value);
  }
  return value;
}

/** Whether the stated total holds once the parts the dataset corrects take the dataset's values (one, or all of them). */
export function correctedPartsExplainTotal(corrections: Corrections, stated: NumberToken, parts: readonly NumberToken[]): boolean {
  const corrected = parts.filter((p) => corrections.has(p.start));
  if (corrected.length === 0) return false;
  const sum = parts.reduce((acc, p) => acc + p.value, 0);
  const holds = (value: number) => isConsistentAtPrecision(stated.value, stated.decimals, value) || Math.abs(stated.value - value) < 1e-9;
  const all = corrected.reduce((acc, p) => acc - p.value + corrections.get(p.start)!, sum);
  return holds(all) || corrected.some((p) => holds(sum - p.value + corrections.get(p.start)!));
}

/** Whether the stated share holds once its part or whole (or both) take the dataset's values. */
export function correctedFiguresExplainShare(corrections: Corrections, stated: NumberToken, part: NumberToken, whole: NumberToken): boolean {
  const p = corrections.get(part.start);
  const w = corrections.get(whole.start);
  if (p === undefined && w === undefined) return false;
  const holds = (a: number, b: number) => {
    const expected = sharePercent(a, b);
    return expected !== undefined && isConsistentAtPrecision(stated.value, stated.decimals, expected);
  };
  return (p !== undefined && holds(p, whole.value)) || (w !== undefined && holds(part.value, w)) || (p !== undefined && w !== undefined && holds(p, w));
}
