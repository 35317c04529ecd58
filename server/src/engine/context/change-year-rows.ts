// Changes stated in a table whose rows are years and whose columns are subjects (acc-change6):
// | Year | Northmill | Southmill | … | 2015 | 400 | 200 | … | 2020 | 500 | 300 | … | Change 2015–20 | +30% | +50% |.
// Each column's change (or CAGR, or points) row is read against that column's cells in the two year rows: the years
// the row's label names, or the table's only two. Read as a suggestion only: the layout is a reading.
import { relativeTokens, type AnalysedDocument, type AnalysedSegment } from '../analysis.js';
import type { NumberToken } from '../numbers.js';
import type { GrowthStatement } from './growth.js';
import { single } from './tables.js';

type Role = 'change' | 'points' | 'cagr' | 'conventional-rate';

function roleOf(label: string): Role | undefined {
  if (/\bCAGR\b|compound|annuali[sz]ed/i.test(label)) return 'cagr';
  if (/\b(?:per year|a year|per annum|p\.\s?a\.(?!\w)|annual(?:ly)?\b|yearly\b|average annual)/i.test(label)) return 'conventional-rate';
  if (/\b(?:pp|p\.p\.|percentage points?|points?|pts)\b/i.test(label)) return 'points';
  if (/\bchange\b|\bgrowth\b|\bincrease\b|\bdecrease\b|\bdecline\b|Δ/i.test(label)) return 'change';
  return undefined;
}

/** A label that makes the row another quantity or scenario ("Change per vessel", "Target growth"). */
const OTHER_ROW = /\b(?:real|inflation[- ]adjusted|nominal|per[- ](?!(?:year|annum|cent)\b)[\p{L}]+|target|goal|forecast|projected|planned|national|regional|benchmark|peers?(?![-‑\s]+review))\b/iu;
const PERCENT_UNIT = /\(\s*%\s*\)|,\s*%\s*$|^\s*%\s|\bper\s?cent\b/i;

function yearOfCell(cell: AnalysedSegment | undefined): number | undefined {
  if (!cell) return undefined;
  // The token's value as the cell's analysis holds it: not shifted to document offsets for this.
  const tokens = relativeTokens(cell);
  if (tokens.length !== 1 || !tokens[0]!.yearLike) return undefined;
  return /^[\s*_]*(?:19|20)\d{2}[\s*_]*$/.test(cell.text) ? tokens[0]!.value : undefined;
}

function blank(segment: AnalysedSegment, initial: NumberToken, final: NumberToken, from: number, to: number): GrowthStatement {
  return { segment, sentence: { start: segment.start, end: segment.end }, initial, final, years: { from, to, source: 'sentence', spans: [] }, cagr: [], change: [], points: [], absolute: [], multiples: [], conventionalRates: new Set(), declines: new Set(), combined: false, acrossSentences: true };
}

export function yearRowStatements(doc: AnalysedDocument): GrowthStatement[] {
  const found: GrowthStatement[] = [];
  for (const table of doc.tables) {
    const rows = table.cells.slice(1).map((r) => r.map((i) => doc.segments[i]!));
    const yearRows = rows.map((row) => ({ row, year: yearOfCell(row[0]) })).filter((r): r is { row: AnalysedSegment[]; year: number } => r.year !== undefined);
    if (yearRows.length < 2 || new Set(yearRows.map((r) => r.year)).size !== yearRows.length) continue;
    for (const row of rows) {
      const label = row[0];
      if (!label || yearOfCell(label) !== undefined) continue;
      const role = roleOf(label.text);
      if (!role || OTHER_ROW.test(label.text)) continue;
      // The period: the one the label names ("Change 2015–20"), else the table's only two year rows.
      const range = label.ranges.find((r) => r.from.yearLike && r.to.yearLike);
      const labelYears = label.tokens.filter((t) => t.yearLike);
      if (labelYears.length > 0 && !range) continue;
      const from = range ? yearRows.find((r) => r.year === range.from.value) : yearRows.length === 2 ? yearRows[0] : undefined;
      const to = range ? yearRows.find((r) => r.year === range.to.value || r.year % 100 === range.to.value) : yearRows.length === 2 ? yearRows[1] : undefined;
      if (!from || !to || from.year >= to.year) continue;
      const percentLabel = PERCENT_UNIT.test(label.text);
      for (let c = 1; c < row.length; c++) {
        const stated = single(row[c]);
        const initial = single(from.row[c]);
        const final = single(to.row[c]);
        if (!stated || !initial || !final || initial.kind !== final.kind || initial.yearLike || final.yearLike || stated.yearLike) continue;
        const statement = blank(row[c]!, initial, final, from.year, to.year);
        if (role === 'cagr' || role === 'conventional-rate') {
          if (stated.kind !== 'percent' && !(percentLabel && stated.kind === 'plain')) continue;
          statement.cagr.push(stated);
          if (role === 'conventional-rate') statement.conventionalRates.add(stated);
        } else if (role === 'points') {
          // A row labelled in points says its endpoints are percentages, written with or without "%" (as a column so headed does).
          if (initial.kind === 'currency' || (stated.kind !== 'plain' && stated.kind !== 'percent')) continue;
          statement.points.push(stated);
        } else if (stated.kind === 'percent' || (percentLabel && stated.kind === 'plain' && initial.kind !== 'percent')) {
          statement.change.push(stated);
        } else continue;
        found.push(statement);
      }
    }
  }
  return found;
}
