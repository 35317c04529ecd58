// A table of shares whose whole no fixed phrasing gives away ("(n = 4,181)", "base: 2,904", "of its 4,181 papers", a
// caption in EUR, or no whole written at all but the column's sum): the whole is the one candidate — a figure of the
// caption, heading or share header, or the sum of a column — that every row's share but at most one agrees with.
// The rows themselves are the evidence: a share that disagrees where all the others agree is the one to report.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import { sharePercent } from '../arithmetic.js';
import type { NumberToken } from '../numbers.js';
import { single, type TableView } from './tables.js';

export interface ImpliedRowShare {
  stated: NumberToken;
  part: NumberToken;
  /** The whole as a figure written in the caption, heading or header. */
  whole?: NumberToken;
  /** Or the whole as the sum of the column's parts. */
  parts?: NumberToken[];
  where: string;
}

interface Candidate {
  value: number;
  decimals: number;
  token?: NumberToken;
  where: string;
}

/** Rows of a table without a known whole, judged against the one whole their shares imply; nothing when unsure. */
export function impliedWholeShares(doc: AnalysedDocument, view: TableView): ImpliedRowShare[] {
  if (view.shareColumn === undefined || view.total || view.wholeColumn !== undefined) return [];
  const shareColumn = view.shareColumn;
  const bodyRows = view.rows.filter((_, r) => r !== view.totalRow);
  const shares = bodyRows.map((row) => single(row[shareColumn]));
  if (shares.length < 3 || shares.some((s) => !s || !(s.kind === 'percent' || (view.percentCells && s.kind === 'plain')) || s.style.sign !== '')) return [];
  const columns = view.countColumn !== undefined ? [view.countColumn] : partColumns(view, bodyRows, shareColumn);
  const figures = wholeFigures(doc, view);
  let chosen: { column: number; whole: Candidate; parts: NumberToken[] } | undefined;
  for (const column of columns) {
    const parts = bodyRows.map((row) => single(row[column]));
    if (parts.some((p) => !p || (p.kind !== 'plain' && p.kind !== 'currency') || p.style.sign !== '' || p.value < 0)) continue;
    const ps = parts as NumberToken[];
    const max = Math.max(...ps.map((p) => p.value));
    const sum = ps.reduce((acc, p) => acc + p.value, 0);
    const candidates: Candidate[] = [
      { value: sum, decimals: Math.max(...ps.map((p) => p.decimals)), where: 'sum of the column' },
      ...figures.filter((f) => f.token!.value > max && sameKind(f.token!, ps[0]!)),
    ];
    for (const whole of candidates) {
      const agree = ps.filter((p, i) => holds(shares[i]!, p, whole)).length;
      if (agree < Math.max(2, ps.length - 1)) continue;
      // Two different wholes (or columns) that the shares both fit: unsure which the author meant.
      if (chosen && (chosen.whole.value !== whole.value || chosen.column !== column)) return [];
      chosen ??= { column, whole, parts: ps };
    }
  }
  if (!chosen) return [];
  const { whole, parts } = chosen;
  return parts.map((part, i) => ({ stated: shares[i]!, part, where: whole.where, ...(whole.token ? { whole: whole.token } : { parts }) }));
}

/** Whether a share is part / whole at its stated precision, allowing the rounding of the part and whole as written. */
function holds(stated: NumberToken, part: NumberToken, whole: Candidate): boolean {
  const [hp, hw] = [0.5 * 10 ** -part.decimals, whole.decimals > 0 ? 0.5 * 10 ** -whole.decimals : 0];
  const exact = part.decimals === 0 && whole.decimals === 0;
  const low = sharePercent(Math.max(0, exact ? part.value : part.value - hp), whole.value + (exact ? 0 : hw));
  const high = sharePercent(exact ? part.value : part.value + hp, whole.value - (exact ? 0 : hw));
  if (low === undefined || high === undefined) return false;
  const half = 0.5 * 10 ** -stated.decimals;
  return stated.value + half >= low - 1e-9 && stated.value - half <= high + 1e-9;
}

/** Headers of figures that are not parts of a whole: averages, rates, ratios, indices, scores, ranks, changes, shares. */
const NON_ADDITIVE = /\b(?:average|avg|mean|median|rates?|ratio|per|index|score|rank(?:ing)?|change|growth|share|intensity|density)\b|\/|%|\bper ?cent\b/i;

/** Columns other than the share column whose body cells are single non-negative figures (counts or amounts). */
function partColumns(view: TableView, bodyRows: AnalysedSegment[][], shareColumn: number): number[] {
  const out: number[] = [];
  for (let c = 1; c < view.header.length; c++) {
    if (c === shareColumn || NON_ADDITIVE.test(view.header[c]?.text ?? '')) continue;
    const cells = bodyRows.map((row) => single(row[c]));
    if (cells.every((t) => t && (t.kind === 'plain' || t.kind === 'currency') && t.style.sign === '')) out.push(c);
  }
  return out;
}

/** Figures that may be the whole: those of the caption, the heading above the table and the share column's header. */
function wholeFigures(doc: AnalysedDocument, view: TableView): Candidate[] {
  const segments: Array<[AnalysedSegment | undefined, string]> = [[view.caption, 'caption'], [view.header[view.shareColumn!], 'column header']];
  const first = doc.segments[view.table.cells[0]?.[0] ?? -1];
  const heading = first?.heading !== undefined ? doc.segments[first.heading] : undefined;
  if (heading && heading !== view.caption) segments.push([heading, 'heading']);
  const out: Candidate[] = [];
  for (const [segment, where] of segments) {
    for (const token of segment?.tokens ?? []) {
      if (token.yearLike || (token.kind !== 'plain' && token.kind !== 'currency') || token.style.sign !== '') continue;
      out.push({ value: token.value, decimals: token.decimals, token, where });
    }
  }
  return out;
}

/** A caption in "EUR 57.0 million" over cells in EUR million: money wholes fit plain amounts; counts fit counts. */
function sameKind(whole: NumberToken, part: NumberToken): boolean {
  if (part.kind === 'currency') return whole.kind === 'currency' && whole.currency === part.currency && whole.scale === part.scale;
  return true;
}
