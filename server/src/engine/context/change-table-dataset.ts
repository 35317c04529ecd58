// A table column of changes or annual rates whose endpoints the table does not show, each row one party of the
// dataset: "| Organisation | Papers, 2025 | Change, 2015–2025 | Average annual growth, 2015–2025 |" then
// "| EHCRC (Ethiopia) | 520 | +72.2% | 5.3% |", or "| Rink | Type | CAGR of visits, 2015–2024 (%) |" then
// "| Brodec | Municipal company | 1.1 |". The column's header names the change or rate and its period (or "since 2015"
// and the one later year another column names); the measure is the one count or money metric the header cells or the
// caption name. A row is read when its label names one party and the table shows its end-year figure, the dataset's
// (without that figure, a column headed "CAGR of visits, 2015–2024 (%)" alone, the older held-out split got ten more
// false findings for six more errors found on the dev split, 2026-12-07: the shown figure is the evidence that the row
// is the dataset's measure). A table that shows the base year too is table-changes.ts's (its endpoints are the table's own). The
// endpoints are the dataset's, so a finding carries a suggestion at most (as change-dataset-changes.ts).
import type { AnalysedDocument, AnalysedSegment, AnalysedTable } from '../analysis.js';
import { isConsistentAtPrecision } from '../numbers.js';
import type { Dataset } from '../dataset/index.js';
import { baseAndEnd, PERCENT_UNIT, POINTS_UNIT, tablesRead, valueFor, yearsOf } from './change-table-points.js';
import type { DatasetChange } from './change-dataset-changes.js';
import { tokenFactor } from './links.js';
import { VersionMemo } from '../version-memo.js';

const RATE_HEADER = /\bCAGR\b|\bcompound\b|\bannuali[sz]ed\b|\b(?:average\s+)?annual\s+(?:growth|change|increase|rate)\b|\b(?:a|per)\s+year\b|\bp\.\s?a\.(?!\w)|\byearly\b/i;
const CHANGE_HEADER = /\b(?:change|growth|increase|decrease|decline|rise|fall)\b|Δ/i;
/** Header words that make the column another quantity or scenario: "Real change", "Target growth", "Per head". */
const OTHER_COLUMN = /\b(?:real|inflation[- ]adjusted|nominal|constant|per\s+(?!(?:year|annum|cent)\b)[\p{L}]+|target|forecast|projected|planned|national|regional|sector|peers?|benchmark)\b/iu;

const cache = new VersionMemo<AnalysedDocument, DatasetChange[]>();

/** The changes and rates of such columns, of the tables `reads` lets through (all by default, then kept per version). */
export function tableDatasetChanges(doc: AnalysedDocument, dataset: Dataset, reads?: (table: AnalysedTable) => boolean): DatasetChange[] {
  return tablesRead(doc, cache, reads, (table) => tableChanges(doc, dataset, table));
}

function tableChanges(doc: AnalysedDocument, dataset: Dataset, table: AnalysedTable): DatasetChange[] {
  if (table.cells.length < 2) return [];
  const header = table.cells[0]!.map((i) => doc.segments[i]!);
  const caption = table.caption !== undefined ? doc.segments[table.caption] : undefined;
  const unitOf = (id: string) => dataset.metrics.get(id)?.unit;
  const named = new Set([...header, ...(caption ? [caption] : [])].flatMap((s) => s.metrics.map((m) => m.id)).filter((id) => unitOf(id) === 'count' || unitOf(id) === 'currency'));
  if (named.size !== 1) return [];
  const metric = [...named][0]!;
  const found: DatasetChange[] = [];
  header.forEach((h, column) => {
    if (column === 0 || OTHER_COLUMN.test(h.text) || POINTS_UNIT.test(h.text)) return;
    const rate = RATE_HEADER.test(h.text);
    if (!rate && !CHANGE_HEADER.test(h.text)) return;
    const span = baseAndEnd(header, column);
    if (!span) return;
    // "| Buildings, 2024 | Heat delivered, 2024 (GWh) | Change, 2015–2024 (%) |": a change column is of the measure
    // column right before it (other change and rate columns aside), unless its own header names the measure; a header
    // that names another measure is that one's.
    if (h.metrics.some((m) => m.id !== metric && !NOT_AN_AMOUNT.has(unitOf(m.id) ?? ''))) return;
    const endColumn = header.findIndex((x, c) => c !== column && yearsOf(x).length === 1 && yearsOf(x)[0] === span.end && !CHANGE_HEADER.test(x.text) && !RATE_HEADER.test(x.text));
    if (!h.metrics.some((m) => m.id === metric) && ofColumnBefore(dataset, header, column, metric, endColumn) !== metric) return;
    // A column of the base year's own figures makes the table's endpoints its own.
    if (header.some((x, c) => c !== column && yearsOf(x).includes(span.base) && !RATE_HEADER.test(x.text) && !CHANGE_HEADER.test(x.text))) return;
    const percentHeader = PERCENT_UNIT.test(h.text);
    for (const row of table.cells.slice(1)) {
      const label = doc.segments[row[0]!]!;
      const cell = doc.segments[row[column]!];
      const ids = new Set(label.entities.map((m) => m.id));
      if (!cell || ids.size !== 1 || cell.tokens.length !== 1) continue;
      const stated = cell.tokens[0]!;
      if (stated.yearLike || !(stated.kind === 'percent' || (percentHeader && stated.kind === 'plain'))) continue;
      const entity = [...ids][0]!;
      const from = valueFor(dataset, entity, metric, span.base);
      const to = valueFor(dataset, entity, metric, span.end);
      if (!from || !to) continue;
      // The row's end-year figure must be shown and be the dataset's: else the row may speak of something else.
      const shown = endColumn >= 0 ? doc.segments[row[endColumn]!]?.tokens : undefined;
      if (!shown || shown.length !== 1 || !isConsistentAtPrecision(shown[0]!.value, shown[0]!.decimals, to.value / tokenFactor(shown[0]!, dataset.metrics.get(metric)!.scale, to.value))) continue;
      found.push({
        stated,
        measure: rate ? 'rate' : 'change',
        decline: /\b(?:decrease|decline|fall)\b/i.test(h.text) && stated.style.sign === '',
        rise: false,
        entity,
        metric,
        from: { year: span.base, ...from },
        to: { year: span.end, ...to },
        years: { start: h.start, end: h.end },
      });
    }
  });
  return found;
}

/**
 * The measure of the nearest column before `column` that names an amount: a header naming one gives it; the column of
 * the end year's figures gives `metric` (named in the caption or another header); columns of changes, shares, scores or
 * words between are passed over. Undefined when none.
 */
function ofColumnBefore(dataset: Dataset, header: readonly AnalysedSegment[], column: number, metric: string, endColumn: number): string | undefined {
  for (let c = column - 1; c > 0; c--) {
    // A column of shares, scores or ranks between ("| Papers, 2024 | Share (%) | CAGR |") is no amount a change is of.
    const named = header[c]!.metrics.filter((m) => !NOT_AN_AMOUNT.has(dataset.metrics.get(m.id)?.unit ?? ''));
    if (named.length > 0) return named.some((m) => m.id === metric) ? metric : named[0]!.id;
    if (c === endColumn) return metric;
  }
  return undefined;
}

const NOT_AN_AMOUNT = new Set(['percent', 'score', 'rank', 'growth']);
