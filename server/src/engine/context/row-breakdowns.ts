// Reads tables whose rows each split a whole into percents across the columns ("Funding mix (percent of total
// income)" | Core | Grants | EU | Other |): each row's shares must sum to 100.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import { CURRENCY_CODE_WORD, type NumberToken } from '../numbers.js';
import { neighbours } from './overlap.js';
import { tableView } from './tables.js';

export interface RowBreakdown {
  /** Each body row's shares, left to right. */
  rows: NumberToken[][];
  /** The table's caption, headers and the paragraphs around it, where a note may say the shares overlap. */
  around: AnalysedSegment[];
  /**
   * The columns cover the whole by a remainder column ("Other") among three or more; otherwise (an open last class,
   * "60 and over", a caption "(% of each network's journeys)", or two columns one of them the remainder) most rows must
   * show it by summing to 100.
   */
  remainder: boolean;
}

/** "(percent of total income)", "% of total", "(% of cases filed)", "share of income, %", "in per cent". */
// "(% of cases filed)": a unit in brackets that says every cell is a percent of one whole, as "%" in the cells would.
const PERCENT_CAPTION = /\b(?:per ?cent(?:age)?s?|shares?)\s+of\s+(?:the\s+)?(?:total|all|each|its|their)\b|%\s+of\s+(?:the\s+)?(?:total|all)\b|\(\s*%\s+of\s+[^()]{1,60}\)|\bin\s+(?:per ?cent|%)|\(\s*%\s*\)|\bmix\b|\bcomposition\b|\bbreakdown\b/i;
/** A column of what is left: "Other", "Others", "Rest", "Remaining", "Other income". */
const REMAINDER_HEADER = /^[\s*_]*(?:other|others|rest|remaining|remainder)\b/i;
/** A last column of an open class that takes in the rest: "60 and over", "5 or more", "65+". */
const OPEN_LAST_CLASS = /\b(?:and|or)\s+(?:over|above|more|older|later)\b|\+[\s*_]*$/i;
/** A unit note that makes each row's own whole the base: "(% of each network's journeys)", "(% of the race's finishers)". */
const PER_ROW_WHOLE = /\(\s*(?:%|per ?cent)\s+of\s+(?:each|the\s+[\p{L}-]+['’]s?)\s/iu;
/** A column that is not a share of the row's whole: an amount, a count, a year, a rank, or the whole itself. */
const NOT_A_SHARE = /\btotal\b|\b(?:EUR|USD|SEK|GBP|JPY|CNY)\b|[€$£¥]|\bmillion|\bbillion|\bm\)|\bbn\b|\bnumber\b|\bcount\b|\bn\b|\byear\b|\brank|\bchange\b|\bgrowth\b/i;

/**
 * Rows of a table that split a whole into percent columns, one of them a remainder ("Other"): the caption or
 * headers say the figures are percents of a whole.
 */
export function rowBreakdowns(doc: AnalysedDocument, read: (firstCell: number | undefined) => boolean = () => true): RowBreakdown[] {
  const out: RowBreakdown[] = [];
  for (const table of doc.tables) {
    // Only the tables asked for (a section-bound rule's segments): the others' views are not read.
    if (!read(table.cells[0]?.[0])) continue;
    const view = tableView(doc, table);
    const headers = view.header.map((h) => h.text);
    const columns: number[] = [];
    for (let c = 1; c < headers.length; c++) if (!NOT_A_SHARE.test(headers[c]!) && !CURRENCY_CODE_WORD.test(headers[c]!)) columns.push(c);
    const remainder = columns.some((c) => REMAINDER_HEADER.test(headers[c]!));
    const covers = columns.length >= 3 ? remainder || OPEN_LAST_CLASS.test(headers[columns[columns.length - 1]!]!) || PER_ROW_WHOLE.test(`${view.caption?.text ?? ''} ${headers.join(' ')}`) : columns.length === 2 && remainder;
    if (!covers || view.rows.length < 2) continue;
    const percentCells = columns.every((c) => view.rows.every((row) => shareOf(row[c])?.kind === 'percent'));
    if (!percentCells && !PERCENT_CAPTION.test(`${view.caption?.text ?? ''} ${headers.join(' ')}`)) continue;
    const rows = view.rows.map((row) => columns.map((c) => shareOf(row[c])));
    if (rows.some((shares) => shares.some((s) => s === undefined))) continue;
    const cells = table.cells.flat();
    const around = [...(view.caption ? [view.caption] : []), ...view.header, ...neighbours(doc, Math.min(...cells), Math.max(...cells))];
    out.push({ rows: rows as NumberToken[][], around, remainder: remainder && columns.length >= 3 });
  }
  return out;
}

/** The one unsigned figure of a cell, percent or plain. */
function shareOf(cell: AnalysedSegment | undefined): NumberToken | undefined {
  const tokens = cell?.tokens ?? [];
  const token = tokens.length === 1 ? tokens[0]! : undefined;
  return token && !token.yearLike && token.style.sign === '' && (token.kind === 'percent' || token.kind === 'plain') ? token : undefined;
}
