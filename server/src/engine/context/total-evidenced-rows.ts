// A total row the fixed labels do not vouch for ("Regional total", "Total (all ten)", "Four stations", "Combined") is
// read as the sum of the rows above it when the table itself shows it: another additive column's cell in that row
// is exactly the sum of the cells above it. Then a column whose cell is not that sum is a wrong total (a suggestion).
import type { AnalysedDocument, AnalysedSegment, AnalysedTable } from '../analysis.js';
import type { NumberToken } from '../numbers.js';
import { tableView, type TableView } from './tables.js';
import { belowLargestPart, PER_UNIT_HEADER } from './table-sums.js';
import { namesOtherSize } from './sums-table-totals.js';

export interface EvidencedTotal {
  total: NumberToken;
  parts: NumberToken[];
  view: TableView;
}

/** A label that may name a sum of the rows: total, sum, combined, all, together — never a subtotal or a remainder. */
const SUM_LABEL = /\b(?:total|sum|combined|together|all)\b/i;
const NOT_SUM_LABEL = /\b(?:subtotal|sub-total|other|others|rest|remaining|average|mean|median|per|excl\w*|without|unique|distinct|de-?duplicated|net)\b/i;
/** Columns whose figures do not add up. */
const NON_ADDITIVE = /chang|growth|grew|increase|decrease|decline|\bdiff|delta|Δ|\bcagr\b|\by[-/ ]?o[-/ ]?y\b|\bper\b|annual|\brates?\b|\brating|\bratios?\b|share|%|per ?cent|proportion|fraction|average|\bmean\b|median|index|score|rank|\bposition\b|→|->|\bvs\.?\b|\bage\b|intensity|density|\bstaff\b|fleet|vessels?\b|at\s+(?:year[-\s]end|31)/i;

/**
 * Per table, the sums of columns a last row labelled as a total shows by at least one other column that adds up
 * exactly; with `reads`, of the tables it lets through only (a section-bound rule's scope: each table read alone).
 */
export function evidencedTotals(doc: AnalysedDocument, reads?: (table: AnalysedTable) => boolean): EvidencedTotal[] {
  const out: EvidencedTotal[] = [];
  for (const table of doc.tables) {
    if (reads && !reads(table)) continue;
    const view = tableView(doc, table);
    const at = view.rows.length - 1;
    // Three rows or more above it: two that add up to a row may do so by chance.
    if (view.rows.length < 4) continue;
    const label = view.rows[at]![0]?.text ?? '';
    const body = view.rows.slice(0, at);
    // "Total, ten institutes" under four rows totals members the table leaves out.
    if (!SUM_LABEL.test(label) || NOT_SUM_LABEL.test(label) || namesOtherSize(label, body.map((row) => row[0]?.text ?? ''))) continue;
    const sums: Array<{ total: NumberToken; parts: NumberToken[]; exact: boolean }> = [];
    for (let c = 1; c < view.header.length; c++) {
      if (NON_ADDITIVE.test(view.header[c]?.text ?? '') || PER_UNIT_HEADER.test(view.header[c]?.text ?? '')) continue;
      const total = figure(view.rows[at]![c]);
      const parts = body.map((row) => figure(row[c]));
      if (!total || !parts.every((p): p is NumberToken => p !== undefined && alike(p, total)) || belowLargestPart(total, parts)) continue;
      const sum = parts.reduce((acc, p) => acc + p.value, 0);
      const decimals = Math.max(total.decimals, ...parts.map((p) => p.decimals));
      sums.push({ total, parts, exact: Math.abs(sum - total.value) < 0.5 * 10 ** -decimals });
    }
    // The evidence: at least one column adds up exactly (a non-trivial sum), and at most one does not.
    const exact = sums.filter((s) => s.exact && s.parts.filter((p) => p.value !== 0).length >= 3);
    const off = sums.filter((s) => !s.exact);
    if (exact.length === 0 || off.length !== 1) continue;
    for (const s of sums) out.push({ total: s.total, parts: s.parts, view });
  }
  return out;
}

function figure(cell: AnalysedSegment | undefined): NumberToken | undefined {
  const tokens = (cell?.tokens ?? []).filter((t) => !t.yearLike);
  const token = tokens.length === 1 ? tokens[0]! : undefined;
  if (!token || token.kind === 'percent' || token.kind === 'ordinal' || token.style.sign !== '') return undefined;
  return token;
}

function alike(part: NumberToken, total: NumberToken): boolean {
  return part.kind === total.kind && part.scale === total.scale && part.currency === total.currency;
}
