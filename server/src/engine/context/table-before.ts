// The last table that ends before a segment, found by bisection over the document's tables ordered by their last cell:
// a walk over every table for every paragraph was quadratic in the document (hundreds of tables, thousands of
// paragraphs, on every keystroke of a 1 MB draft).
import type { AnalysedDocument, AnalysedTable } from '../analysis.js';

interface Ends {
  table: AnalysedTable;
  /** The segment indices of its first and last cells. */
  first: number;
  last: number;
}

const byDocument = new WeakMap<AnalysedDocument, Ends[]>();

/** The table whose last cell is the latest before segment `index` (tables without cells left out), with its first and last cells. */
export function lastTableBefore(doc: AnalysedDocument, index: number): Ends | undefined {
  let ends = byDocument.get(doc);
  if (!ends) {
    ends = [];
    for (const table of doc.tables) {
      const last = table.cells[table.cells.length - 1]?.at(-1);
      const first = table.cells[0]?.[0];
      if (last !== undefined && first !== undefined) ends.push({ table, first, last });
    }
    ends.sort((a, b) => a.last - b.last);
    byDocument.set(doc, ends);
  }
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]!.last < index) lo = mid + 1;
    else hi = mid;
  }
  return ends[lo - 1];
}
