// A share table whose counts do not add up to its whole (a Total row, a header or caption figure): then either the
// whole or one count is the typo, and the shares are the evidence of which. When every row's share agrees with its
// count over the counts' own sum, the whole is the wrong figure (the total rule reports a Total row that does not add
// up); when one row's share agrees with the count that would close the gap, that count is the wrong figure. In both
// cases the shares are right and no share is reported.
import { sharePercent } from '../arithmetic.js';
import { isConsistentAtPrecision, type NumberToken } from '../numbers.js';
import { single, type TableView } from './tables.js';

export interface TableSlips {
  /** The whole disagrees with the counts, and the shares agree with the counts: report no share of this table. */
  wholeIsSlip: boolean;
  /** Rows whose count is the likelier typo: the share agrees with the count that makes the column add up. */
  countSlips: Set<number>;
}

const NONE: TableSlips = { wholeIsSlip: false, countSlips: new Set() };

/** Whether `stated` is part / whole at its stated precision. */
function agrees(stated: NumberToken, part: number, whole: number): boolean {
  const expected = sharePercent(part, whole);
  return expected !== undefined && isConsistentAtPrecision(stated.value, stated.decimals, expected);
}

/**
 * Which of a share table's figures is the likelier slip when its counts do not add up to its whole. Only for a table
 * whose whole is meant to be the sum of its rows: a Total row, or a header or caption whole that the counts nearly
 * reach (a table of a subset, "top five of 12", falls far short of its whole and is left alone).
 */
export function tableSlips(view: TableView): TableSlips {
  if (view.shareColumn === undefined || view.countColumn === undefined || !view.total || view.wholeColumn !== undefined) return NONE;
  const whole = view.total.token;
  const rows: Array<{ r: number; count: NumberToken; share: NumberToken }> = [];
  for (const [r, row] of view.rows.entries()) {
    if (r === view.totalRow) continue;
    const count = single(row[view.countColumn]);
    const share = single(row[view.shareColumn]);
    // A row without a count: the sum is unknown, so nothing is said about the whole.
    if (!count) return NONE;
    if (share && (share.kind === 'percent' || (view.percentCells && share.kind === 'plain'))) rows.push({ r, count, share });
  }
  if (rows.length < 2) return NONE;
  const sum = view.rows.reduce((acc, row, r) => (r === view.totalRow ? acc : acc + single(row[view.countColumn!])!.value), 0);
  const gap = whole.value - sum;
  if (Math.abs(gap) < 0.5 * 10 ** -Math.max(whole.decimals, ...rows.map((x) => x.count.decimals)) + 1e-9) return NONE;
  // A whole far from the counts' sum is not meant as their sum (a subset of rows, another base).
  if (view.total.where !== 'total row' && Math.abs(gap) > 0.1 * whole.value) return NONE;
  // Every share agrees with its count over the counts' sum, and not all agree with the whole: the whole is the slip.
  if (rows.every((x) => agrees(x.share, x.count.value, sum)) && !rows.every((x) => agrees(x.share, x.count.value, whole.value))) return { wholeIsSlip: true, countSlips: new Set() };
  // One count off by the gap: its share agrees with the count that closes it (and the whole then adds up).
  const countSlips = new Set<number>();
  for (const x of rows) {
    if (agrees(x.share, x.count.value, whole.value)) continue;
    if (x.count.value + gap >= 0 && agrees(x.share, x.count.value + gap, whole.value)) countSlips.add(x.r);
  }
  return { wholeIsSlip: false, countSlips: countSlips.size === 1 ? countSlips : new Set() };
}

/**
 * A body row that adds up other rows of the table — "Subtotal, four largest", "of which: grants", "thereof" —
 * between the rows and the Total is no part of the Total row's sum ("Others combined" is a part, and stays one).
 */
const SUBTOTAL_LABEL = /^[\s*_]*(?:of\s+which\b|thereof\b|incl(?:uding|\.)\s|among\s+them\b)|\bsub-?\s?totals?\b/i;

export function isSubtotalLabel(label: string): boolean {
  return SUBTOTAL_LABEL.test(label);
}
