// Whether a stated multiple misses the true ratio (acc-change7). A multiple below one ("halved") is said from the other
// side: "almost halved" is a fall of almost half (96 → 54, ×0.56, is "almost halved"), "more than halved" a fall of more
// than half. Such a multiple is judged on the reciprocal ratio (initial / final against 1 / factor), so its qualifier
// keeps its sense.
import type { StatedMultiple } from './growth.js';

/** "nearly doubled", "almost five times": just below the factor, within a tenth of it (×1.8 to ×2 for "nearly doubled"). */
const NEARLY_FLOOR = 0.9;

/** "almost halved" reads looser: a fall to 56% of the start (96 → 54) is still almost a halving. */
const NEARLY_HALVED_FLOOR = 0.8;

export function multipleMisses(ratio: number, factor: number, qualifier: StatedMultiple['qualifier'], nearlyFloor = NEARLY_FLOOR): boolean {
  if (factor < 1) {
    if (ratio <= 0) return qualifier !== 'more';
    return multipleMisses(1 / ratio, 1 / factor, qualifier, NEARLY_HALVED_FLOOR);
  }
  if (qualifier === 'more') return ratio <= factor;
  if (qualifier === 'less') return ratio >= factor * 1.02 || ratio < factor * nearlyFloor;
  // "quadrupled", "roughly quadrupled": the ratio rounds to the factor at its own precision, or lies within 15% of it;
  // ×3.47 is no quadrupling (it rounds to 3 and is 13% short), ×1.8 still a doubling.
  const off = Math.abs(ratio / factor - 1);
  return off > 0.15 || (off >= 0.1 && !roundsToFactor(ratio, factor));
}

/** Whether the ratio, rounded at the factor's decimals ("2.5-fold": one), is the factor. */
function roundsToFactor(ratio: number, factor: number): boolean {
  const decimals = (/\.(\d+)$/.exec(String(factor))?.[1] ?? '').length;
  return Math.abs(Math.round(ratio * 10 ** decimals) / 10 ** decimals - factor) < 1e-9;
}
