// Whether a stated multiple misses the true ratio (acc-change7). A multiple below one ("halved") is said from the other
// side: "almost halved" is a fall of almost half (96 → 54, ×0.56, is "almost halved"), "more than halved" a fall of more
// than half. Such a multiple is judged on the reciprocal ratio (initial / final against 1 / factor), so its qualifier
// keeps its sense.
import type { StatedMultiple } from './growth.js';

/** "nearly doubled", "almost five times": just below the factor, within a tenth of it (×1.8 to ×2 for "nearly doubled"). */
const NEARLY_FLOOR = 0.9;

export function multipleMisses(ratio: number, factor: number, qualifier: StatedMultiple['qualifier']): boolean {
  if (factor < 1) {
    if (ratio <= 0) return qualifier !== 'more';
    return multipleMisses(1 / ratio, 1 / factor, qualifier);
  }
  return qualifier === 'more' ? ratio <= factor : qualifier === 'less' ? ratio >= factor * 1.02 || ratio < factor * NEARLY_FLOOR : Math.abs(ratio / factor - 1) > 0.15;
}
