// Whether a stated multiple misses the true ratio (acc-change7). A multiple below one ("halved") is said from the other
// side: "almost halved" is a fall of almost half (96 → 54, ×0.56, is "almost halved"), "more than halved" a fall of more
// than half. Such a multiple is judged on the reciprocal ratio (initial / final against 1 / factor), so its qualifier
// keeps its sense.
import type { StatedMultiple } from './growth.js';

export function multipleMisses(ratio: number, factor: number, qualifier: StatedMultiple['qualifier']): boolean {
  if (factor < 1) {
    if (ratio <= 0) return qualifier !== 'more';
    return multipleMisses(1 / ratio, 1 / factor, qualifier);
  }
  return qualifier === 'more' ? ratio <= factor : qualifier === 'less' ? ratio >= factor * 1.02 || ratio < factor * 0.8 : Math.abs(ratio / factor - 1) > 0.15;
}
