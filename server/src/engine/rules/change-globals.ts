// The globals of the section-bound rules of changes and rates (cagr, percent-change): what a figure's judgment reads
// beyond its section, compared once per version (section-findings.ts). See cagr.ts.
import type { AnalysedDocument } from '../analysis.js';
import { tableContents } from '../context/change-table-rows.js';
import { preambleContents } from '../context/endpoint-slips.js';
import type { Dataset } from '../dataset/index.js';
import { linkGlobals } from './dataset-value.js';
import { VersionMemo } from '../version-memo.js';

const kept = new VersionMemo<AnalysedDocument, { dataset: Dataset; globals: readonly unknown[] }>();

/**
 * The links' globals (dataset-value's), the document's opening lines (an endpoint slip's last resort for a subject)
 * and every table with its caption and headings (a paragraph may name a row of a table in any section): built once per
 * version and dataset for both rules.
 */
export function changeGlobals(doc: AnalysedDocument, dataset: Dataset): readonly unknown[] {
  const found = kept.get(doc);
  if (found?.dataset === dataset) return found.globals;
  const globals = [...linkGlobals(doc, dataset), ...preambleContents(doc), ...tableContents(doc)];
  kept.set(doc, { dataset, globals });
  return globals;
}
