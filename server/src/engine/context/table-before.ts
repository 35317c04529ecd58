// The last table that ends before a segment, found by bisection over the document's tables: a walk over every table
// for every paragraph was quadratic in the document (hundreds of tables, thousands of paragraphs, on every keystroke
// of a 1 MB draft).
import type { AnalysedDocument, AnalysedTable } from '../analysis.js';
import { firstAtOrAfter } from './spans.js';
import { VersionMemo } from '../version-memo.js';

/** A table and the segments its cells take, [start, end) (a table is one block: its cells stand together). */
interface TableSpan {
  table: AnalysedTable;
  start: number;
  end: number;
}

const byDocument = new VersionMemo<AnalysedDocument, TableSpan[]>();

/** The table whose last cell is the latest before segment `index` (tables without cells left out), with its first cell. */
export function lastTableBefore(doc: AnalysedDocument, index: number): { table: AnalysedTable; first: number; last: number } | undefined {
  let spans = byDocument.get(doc);
  if (!spans) {
    spans = [];
    for (const table of doc.tables) {
      const last = table.cells[table.cells.length - 1]?.at(-1);
      const first = table.cells[0]?.[0];
      if (last !== undefined && first !== undefined) spans.push({ table, start: first, end: last + 1 });
    }
    spans.sort((a, b) => a.start - b.start);
    byDocument.set(doc, spans);
  }
  // The tables that start before the segment; the last of them may hold it (a cell asks), then the one before ends first.
  let k = firstAtOrAfter(spans, index) - 1;
  if (k >= 0 && spans[k]!.end > index) k--;
  const span = spans[k];
  return span && { table: span.table, first: span.start, last: span.end - 1 };
}
