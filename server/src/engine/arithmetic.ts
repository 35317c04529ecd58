// The formulas the checks recompute: growth rates, shares, GRIM granularity and sums of rounded parts.
import { isConsistentAtPrecision, roundHalfAwayFromZero } from './numbers.js';

/** Compound annual growth rate in percent: ((final/initial)^(1/years) − 1) × 100. */
export function cagr(initial: number, final: number, years: number): number | undefined {
  if (initial <= 0 || final < 0 || years <= 0) return undefined;
  return ((final / initial) ** (1 / years) - 1) * 100;
}

/** Change from `initial` to `final` in percent of `initial`; undefined from a base of zero or below, where it means nothing. */
export function percentChange(initial: number, final: number): number | undefined {
  if (initial <= 0) return undefined;
  return ((final - initial) / initial) * 100;
}

/** `part` as a percentage of `total`. */
export function sharePercent(part: number, total: number): number | undefined {
  if (total <= 0) return undefined;
  return (part / total) * 100;
}

export interface GranularityResult {
  reachable: boolean;
  /** Up to 2 whole counts whose share, rounded at the stated decimals, comes closest to the stated percent. */
  nearest: Array<{ count: number; percent: number }>;
}

/**
 * GRIM test: can `statedPercent`, written with `decimals` digits, be a whole count k of `total` (0 ≤ k ≤ total),
 * i.e. round(k / total × 100, decimals) = statedPercent? `total` must be an integer ≥ 1.
 */
export function granularity(statedPercent: number, decimals: number, total: number): GranularityResult {
  if (!Number.isInteger(total) || total < 1) throw new RangeError(`granularity needs a whole total ≥ 1, got ${total}`);
  const centre = Math.min(total, Math.max(0, Math.round((statedPercent * total) / 100)));
  // Counts within 2 of the centre hold both neighbours of any unreachable percent and any reachable count.
  const candidates: Array<{ count: number; percent: number; exact: boolean; distance: number }> = [];
  for (let count = Math.max(0, centre - 2); count <= Math.min(total, centre + 2); count++) {
    const share = (count / total) * 100;
    const percent = roundHalfAwayFromZero(share, decimals);
    candidates.push({ count, percent, exact: isConsistentAtPrecision(statedPercent, decimals, share), distance: Math.abs(percent - statedPercent) });
  }
  candidates.sort((a, b) => Number(b.exact) - Number(a.exact) || a.distance - b.distance || a.count - b.count);
  return {
    reachable: candidates[0]!.exact,
    nearest: candidates.slice(0, 2).map(({ count, percent }) => ({ count, percent })),
  };
}

/**
 * Sum of rounded parts against a stated total: each part written with d decimals may be off by half a unit
 * (0.5·10^−d), so the parts agree with `target` when |sum − target| < tolerance = Σ 0.5·10^−dᵢ.
 * The bound itself is excluded: reaching it needs every part to sit exactly on a .5 boundary, so
 * 23 + 17 + 9 + 8 + 7 + 39 = 103 is reported against 100 (tolerance 3).
 */
export function sumWithinRounding(
  values: readonly { value: number; decimals: number }[],
  target: number,
): { sum: number; tolerance: number; ok: boolean } {
  let sum = 0;
  let tolerance = 0;
  for (const { value, decimals } of values) {
    sum += value;
    tolerance += 0.5 * 10 ** -decimals;
  }
  return { sum, tolerance, ok: Math.abs(sum - target) < tolerance - 1e-9 };
}
