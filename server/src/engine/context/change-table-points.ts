// A table column of changes in points since a base year, each row one party of the dataset:
// "| Utility | NRW 2025 (%) | Change since 2016 (points) |" then "| VCWE | 26.1 | −8.7 |". The column's header names the
// change, its unit in points and its base year ("since 2016", "vs 2016", "2016–2025"); the end year is the period's end
// or the one year another column's header names. The measure is the one percent or score metric the header or the
// caption names. A row is read when its label names one party and its end-year cell, if any, is the dataset's. A
// reading, so a finding carries a suggestion at most.
import type { AnalysedDocument, AnalysedSegment, AnalysedTable } from '../analysis.js';
import { isConsistentAtPrecision, type NumberToken } from '../numbers.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import { VersionMemo } from '../version-memo.js';

export interface TablePointsChange {
  stated: NumberToken;
  entity: string;
  metric: string;
  from: { year: number; value: number; source: string };
  to: { year: number; value: number; source: string };
  /** The column's header cell. */
  header: { start: number; end: number };
}

const CHANGE_WORD = /\b(?:change|difference|shift|gain|fall|rise|delta)\b|[Δ±]/i;
export const POINTS_UNIT = /\b(?:percentage[- ]points?|points?|pp|p\.\s?p\.|pts?)\b/i;
export const PERCENT_UNIT = /%|\bper\s?cent\b|\bpercent\b/i;
const BASE_WORD = /\b(?:since|from|on|vs\.?|versus|against|over|compared\s+(?:with|to))\s+((?:19|20)\d{2})\b(?!\s*[–-])/i;

const cache = new VersionMemo<AnalysedDocument, TablePointsChange[]>();

export function tablePointsChanges(doc: AnalysedDocument, dataset: Dataset, reads?: (table: AnalysedTable) => boolean): TablePointsChange[] {
  return tablesRead(doc, cache, reads, (table) => tableChanges(doc, dataset, table));
}

/**
 * Each table's readings by `read`, in order. With `reads` (a section-bound rule's scope), of the tables it lets through
 * only, each read of the table alone; not kept, the document's whole list is (in `cache`, per version).
 */
export function tablesRead<T>(doc: AnalysedDocument, cache: VersionMemo<AnalysedDocument, T[]>, reads: ((table: AnalysedTable) => boolean) | undefined, read: (table: AnalysedTable) => T[]): T[] {
  let found = reads ? undefined : cache.get(doc);
  if (found) return found;
  found = [];
  for (const table of doc.tables) if (!reads || reads(table)) found.push(...read(table));
  if (!reads) cache.set(doc, found);
  return found;
}

function tableChanges(doc: AnalysedDocument, dataset: Dataset, table: AnalysedTable): TablePointsChange[] {
  if (table.cells.length < 2) return [];
  const header = table.cells[0]!.map((i) => doc.segments[i]!);
  const caption = table.caption !== undefined ? doc.segments[table.caption] : undefined;
  const named = new Set([...header, ...(caption ? [caption] : [])].flatMap((s) => s.metrics.map((m) => m.id)).filter((id) => ['percent', 'score'].includes(dataset.metrics.get(id)?.unit ?? '')));
  if (named.size !== 1) return [];
  const metric = [...named][0]!;
  // "| Score 2024 | Change on 2023 |": a score's change written without "%" is a difference in points.
  const ofScore = dataset.metrics.get(metric)?.unit === 'score';
  const columns = header.flatMap((h, c) => (CHANGE_WORD.test(h.text) && (POINTS_UNIT.test(h.text) || (ofScore && !PERCENT_UNIT.test(h.text))) ? [c] : []));
  if (columns.length !== 1) return [];
  const column = columns[0]!;
  const span = baseAndEnd(header, column);
  if (!span) return [];
  const endColumn = header.findIndex((h, c) => c !== column && yearsOf(h).length === 1 && yearsOf(h)[0] === span.end);
  const found: TablePointsChange[] = [];
  for (const row of table.cells.slice(1)) {
    // The row's label: its first cell, or the first that names a party ("| 3 | Kurrawong | 78.5 | +5.2 |" after a rank).
    const label = row.map((i) => doc.segments[i]!).find((s, c) => c !== column && s.entities.length > 0) ?? doc.segments[row[0]!]!;
    const cell = doc.segments[row[column]!];
    const ids = new Set(label.entities.map((m) => m.id));
    if (!cell || ids.size !== 1 || cell.tokens.length !== 1 || cell.tokens[0]!.kind !== 'plain' || cell.tokens[0]!.yearLike) continue;
    const entity = [...ids][0]!;
    const from = valueFor(dataset, entity, metric, span.base);
    const to = valueFor(dataset, entity, metric, span.end);
    if (!from || !to) continue;
    // The row's end-year figure, when the table shows it, must be the dataset's: else the row speaks of something else.
    const shown = endColumn >= 0 ? doc.segments[row[endColumn]!]?.tokens : undefined;
    if (shown && (shown.length !== 1 || !isConsistentAtPrecision(shown[0]!.value, shown[0]!.decimals, to.value))) continue;
    const h = header[column]!;
    found.push({ stated: cell.tokens[0]!, entity, metric, from: { year: span.base, ...from }, to: { year: span.end, ...to }, header: { start: h.start, end: h.end } });
  }
  return found;
}

export const yearsOf = (s: AnalysedSegment): number[] => s.tokens.filter((t) => t.yearLike).map((t) => t.value);

/** The base year and end year of the change column: its own period ("2016–2025"), or "since 2016" and the one year another column names. */
export function baseAndEnd(header: AnalysedSegment[], column: number): { base: number; end: number } | undefined {
  const h = header[column]!;
  const period = h.ranges.filter((r) => r.from.yearLike && r.to.yearLike && r.to.value > r.from.value);
  if (period.length === 1 && yearsOf(h).length === 2) return { base: period[0]!.from.value, end: period[0]!.to.value };
  const base = BASE_WORD.exec(h.text);
  if (!base || yearsOf(h).length !== 1) return undefined;
  // The one later year another column names ("| Score 2024 | Change on 2023 | Rank in 2017 |": 2024).
  const others = [...new Set(header.flatMap((x, c) => (c === column ? [] : yearsOf(x))))].filter((y) => y > Number(base[1]));
  if (others.length !== 1) return undefined;
  return { base: Number(base[1]), end: others[0]! };
}

export function valueFor(dataset: Dataset, entity: string, metric: string, year: number): { value: number; source: string } | undefined {
  const o = dataset.observationsByKey.get(observationKey(entity, metric))?.filter((x) => x.year === year && x.partner === undefined && x.dimension === undefined && x.value !== undefined);
  return o?.length === 1 ? { value: o[0]!.value!, source: o[0]!.source } : undefined;
}
