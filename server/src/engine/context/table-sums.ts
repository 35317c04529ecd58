// Reads the sums a table states: a Total row over each numeric column, and a Total column over each row.
import type { AnalysedDocument, AnalysedSegment, AnalysedTable } from '../analysis.js';
import { spelledNumber, type NumberToken } from '../numbers.js';
import { sumWithinRounding } from '../arithmetic.js';
import { TOTAL_LABEL, rowLabelCell, tableView, type TableView } from './tables.js';
import { SAYS_SUM, namesOtherSize, sumsAllRows } from './sums-table-totals.js';
import { isSubtotalLabel } from './share-table-slips.js';

export interface TableSum {
  total: NumberToken;
  parts: NumberToken[];
  /** The table, whose caption and neighbouring paragraphs may say that its parts overlap. */
  view: TableView;
}

/** Columns whose figures do not add up: changes, rates, shares, averages, ranks and scores ("rate", "ratio" and "per" as words: "Collaborations", "Corporate", "Papers" add up). */
const NON_ADDITIVE_HEADER =
  /chang|growth|grew|increase|decrease|decline|\bdiff|delta|Δ|\bcagr\b|\by[-/ ]?o[-/ ]?y\b|\bper\b|annual|\brates?\b|\brating|\bratios?\b|share|%|per ?cent|proportion|fraction|average|\bmean\b|median|index|score|rank|\bposition\b|→|->|\bvs\.?\b|year|\bage\b/i;
/** A column of a price or a quantity per unit ("Price (EUR/kg)", "Yield (t/ha)"): its figures never add up (acc-parts9). */
export const PER_UNIT_HEADER = /\bprices?\b|\bcost\s+per|\byields?\b|density|intensity|efficiency|\bmargins?\b|temperature|\/\s*(?:kg|t|tonnes?|ha|hectares?|yr|months?|days?|capita|head|persons?|km|units?|m[23²³]?|l|litres?|liters?|hours?|h|MWh|kWh|GWh)\b/i;
/** A column headed only "Total", "Sum", "Combined" or "All" (markup and a unit in brackets aside). */
/** A Total row that may hold rows the table does not list: "Total (all countries)", "World", "incl. others". */
const WIDER_TOTAL = /\b(?:all|world|global|worldwide|incl\w*|other|others|national|nationwide|overall|region|regional|sector|network|whole|entire|unique|distinct|de-?duplicated|net)\b/i;
/** A caption that says the table lists only some rows: "top 10", "selected", "leading". */
const SOME_ROWS = /\b(?:top|selected|leading|largest|biggest|main|major|principal|some|examples?|sample|highlights?)\b/i;
const TOTAL_COLUMN = /^[\s*_]*(?:total|sum|combined|all)[\s*_]*(?:\([^)]*\))?[\s*_]*$/i;
/** "Three combined", "All four", "The two together", "Total (three)": the number of columns a header says it sums. */
const COUNTED_TOTAL_COLUMN = /^[\s*_]*(?:(?:the\s+|all\s+)?([\p{L}\d]+)\s+(?:combined|together|in\s+total|total)|all\s+([\p{L}\d]+)|total\s*\(\s*(?:all\s+)?([\p{L}\d]+)\s*\))[\s*_]*$/iu;
function countedTotalColumn(header: string): number | undefined {
  const m = COUNTED_TOTAL_COLUMN.exec(header);
  if (!m) return undefined;
  const n = (m[1] ?? m[2] ?? m[3])!;
  return /^\d+$/.test(n) ? Number(n) : spelledNumber(n.toLowerCase());
}
/** A column headed by a period alone: "2022–2024", "2022-24". */
const PERIOD_ONLY_COLUMN = /^[\s*_]*(\d{4})\s*[–-]\s*(\d{2}|\d{4})[\s*_]*$/;

/** A row's parts that add up to its total within their rounding (half a unit of each part's last digit). */
function addsUp(sum: TableSum): boolean {
  const { sum: added, tolerance } = sumWithinRounding(sum.parts, sum.total.value);
  return Math.abs(added - sum.total.value) <= tolerance + 1e-9;
}
/** A last column headed with the period it totals: "Total 2021–2025", "Sum 2021-25". */
const TOTAL_PERIOD_COLUMN = /^[\s*_]*(?:total|sum)[,:]?\s+(\d{4})\s*[–-]\s*(\d{2}|\d{4})[\s*_]*$/i;

/**
 * Every sum the tables of a document state, each with the figures it adds up; with `reads`, of the tables it lets
 * through only (a section-bound rule's scope: a table's sums are read of the table alone).
 */
export function tableSums(doc: AnalysedDocument, reads?: (table: AnalysedTable) => boolean): TableSum[] {
  const sums: TableSum[] = [];
  for (const table of doc.tables) {
    if (reads && !reads(table)) continue;
    const view = tableView(doc, table);
    sums.push(...totalRowSums(view), ...totalColumnSums(view));
  }
  return sums;
}

/** A last (or first) body row labelled "Total" sums every additive numeric column above it. */
function totalRowSums(view: TableView): TableSum[] {
  const at = view.totalRow;
  if (at === undefined || (at !== view.rows.length - 1 && at !== 0) || view.rows.length < 3) return [];
  const label = rowLabelCell(view.rows[at]!)?.text ?? '';
  // "Four institutions combined", "All eleven": the size it names is the number of rows above, so none is left out.
  const others = view.rows.filter((_, r) => r !== at).map((r) => rowLabelCell(r)?.text ?? '');
  const counted = sumsAllRows(label, others);
  if (!counted && !view.summedRow && (!/^[\s*_]*(?:total|sum)\b/i.test(label) || WIDER_TOTAL.test(label) || namesOtherSize(label, others) || SOME_ROWS.test(view.caption?.text ?? ''))) return [];
  // A subtotal row between the rows and the Total adds up some of them: it is no part of the Total's sum.
  const body = rowsOfPeriod(view.rows.filter((row, r) => r !== at && !isSubtotalLabel(rowLabelCell(row)?.text ?? '')), rowLabelCell(view.rows[at]!));
  if (!body) return [];
  // A row that says it sums the rows ("… combined") sums a column of scores or index points too.
  const additive = (header: string) => !PER_UNIT_HEADER.test(header) && !NON_ADDITIVE_HEADER.test(counted && SAYS_SUM.test(label) ? header.replace(/\b(?:score|index)\b/gi, '') : header);
  const out: TableSum[] = [];
  for (let c = 1; c < view.header.length; c++) {
    if (!additive(view.header[c]?.text ?? '')) continue;
    const total = figure(view.rows[at]![c]);
    const parts = body.map((row) => figure(row[c]));
    if (total && belowLargestPart(total, parts)) continue;
    if (total && parts.every((p): p is NumberToken => p !== undefined && alike(p, total)) && !nestedRows(parts, total)) out.push({ total, parts, view });
  }
  return out;
}

/** "| ALOS (nights) | 5.1 | … | **3.8** |": a Total row's cell below its largest positive part is an average, not a sum. */
export function belowLargestPart(total: NumberToken, parts: ReadonlyArray<NumberToken | undefined>): boolean {
  return total.value >= 0 && parts.every((p) => p === undefined || p.value >= 0) && parts.some((p) => p !== undefined && p.value > total.value);
}

/**
 * Rows that hold their own group's sum ("| North | 200 |" above "| Alnby | 120 |" and "| Bexholm | 80 |") with no
 * "Subtotal" label (acc-parts9): the rows add up to more than the Total by exactly the Total (every row counted in a
 * group and again alone), or some row equals the sum of two or more rows right below or above it.
 */
function nestedRows(parts: readonly NumberToken[], total: NumberToken): boolean {
  const values = parts.map((p) => p.value);
  const sum = values.reduce((a, v) => a + v, 0);
  const tolerance = 0.5 * 10 ** -total.decimals * (parts.length + 1) + 1e-9;
  const excess = sum - total.value;
  if (excess <= tolerance) return false;
  if (Math.abs(excess - total.value) <= tolerance) return true;
  const groups = values.flatMap((v, i) => (runEquals(values, i, 1, v, tolerance) || runEquals(values, i, -1, v, tolerance) ? [v] : []));
  // A row that is the sum of rows next to it: which rows the Total adds up is not known, so nothing is said.
  return groups.length > 0;
}

/** Whether the rows right after (step 1) or before (step -1) row i, two or more of them, add up to v. */
function runEquals(values: readonly number[], i: number, step: 1 | -1, v: number, tolerance: number): boolean {
  let acc = 0;
  for (let j = i + step, n = 1; j >= 0 && j < values.length; j += step, n++) {
    acc += values[j]!;
    if (n >= 2 && Math.abs(acc - v) <= tolerance) return true;
    if (acc > v + tolerance) return false;
  }
  return false;
}

/**
 * The rows a Total row adds up. "Total 2021–2025" (or "Total, 2024") names the years it covers: then it sums the
 * rows labelled with those years, and nothing is certain when the rows are not labelled by year.
 */
function rowsOfPeriod(body: AnalysedSegment[][], label: AnalysedSegment | undefined): AnalysedSegment[][] | undefined {
  const years = (label?.tokens ?? []).filter((t) => t.yearLike).map((t) => t.value);
  if (years.length === 0) return body;
  const from = Math.min(...years);
  const to = Math.max(...years);
  const rowYear = (row: AnalysedSegment[]) => {
    const tokens = row[0]?.tokens ?? [];
    return tokens.length === 1 && tokens[0]!.yearLike ? tokens[0]!.value : undefined;
  };
  if (body.some((row) => rowYear(row) === undefined)) return undefined;
  const inPeriod = body.filter((row) => rowYear(row)! >= from && rowYear(row)! <= to);
  return inPeriod.length >= 2 ? inPeriod : undefined;
}

/** A last column headed "Total" sums the figures of its row, when every other column counts the same kind of thing. */
function totalColumnSums(view: TableView): TableSum[] {
  // "| UTokyo | Science Tokyo | Keio | Three combined | Share of 6,382 (%) |": a column headed by the count of the columns
  // before it and "combined" (or "together", "total") sums them, whatever columns of shares or rates follow it.
  const counted = view.header.findIndex((h, c) => c >= 3 && countedTotalColumn(h.text) === c - 1);
  const last = counted !== -1 && view.header.slice(counted + 1).every((h) => NON_ADDITIVE_HEADER.test(h.text)) ? counted : view.header.length - 1;
  if (last >= 2 && TOTAL_PERIOD_COLUMN.test(view.header[last]?.text ?? '')) return periodColumnSums(view, last, TOTAL_PERIOD_COLUMN);
  // "| 2022 | 2023 | 2024 | 2022–2024 | Share of 2022–2024 total |": a column headed by the period alone, right after the
  // year columns of exactly that period, may be their sum, their average or a rate; it is their sum when the table
  // shows it, three rows or more adding up.
  const period = view.header.findIndex((h, c) => c >= 3 && PERIOD_ONLY_COLUMN.test(h.text));
  if (period !== -1) {
    const sums = periodColumnSums(view, period, PERIOD_ONLY_COLUMN);
    return sums.filter((s) => addsUp(s)).length >= 3 ? sums : [];
  }
  if (last < 3 || (!TOTAL_COLUMN.test(view.header[last]?.text ?? '') && last !== counted)) return [];
  // "| Season pass | Single ticket | Concession | Free travel | Total |" over "| 44.1 | 31.2 | 18.4 | 6.3 | 100.0 |": a table
  // with no label column, each row's first cell a figure like the others, sums from its first column.
  const first = view.rows.length > 0 && view.rows.every((row) => figure(row[0]) !== undefined) && !LABEL_HEADER.test(view.header[0]?.text ?? '') ? 0 : 1;
  const partHeaders = view.header.slice(first, last);
  // "| 2015 | 2024 | Total |" may be a period's total, not the sum of two years.
  if (partHeaders.some((h) => NON_ADDITIVE_HEADER.test(h.text) || h.tokens.some((t) => t.yearLike) || TOTAL_LABEL.test(h.text))) return [];
  // "| Trials | Papers | Doctorates | Total |": columns of different measures the dataset keeps do not add up.
  if (new Set(partHeaders.flatMap((h) => h.metrics.map((m) => m.id))).size > 1) return [];
  const out: TableSum[] = [];
  for (const row of view.rows) {
    const total = figure(row[last]);
    const parts = row.slice(first, last).map(figure);
    if (total && parts.every((p): p is NumberToken => p !== undefined && alike(p, total))) out.push({ total, parts, view });
  }
  return out;
}

/** A first column's header that labels rows (a year, a rank, a code), not a part of the Total. */
const LABEL_HEADER = /\b(?:year|rank|no|number|position|place|id|code|edition|row)\b|#/i;

/** The one unsigned, non-percent figure of a cell. */
function figure(cell: AnalysedSegment | undefined): NumberToken | undefined {
  const tokens = cell?.tokens ?? [];
  const token = tokens.length === 1 ? tokens[0]! : undefined;
  if (!token || token.yearLike || token.kind === 'percent' || token.kind === 'ordinal' || token.style.sign !== '') return undefined;
  return token;
}

function alike(part: NumberToken, total: NumberToken): boolean {
  return part.kind === total.kind && part.scale === total.scale && part.currency === total.currency;
}

/** "| 2021 | … | 2025 | Total 2021–2025 |": each row's yearly figures of exactly that period add up to its total; rows of rates or shares aside. */
function periodColumnSums(view: TableView, last: number, header: RegExp): TableSum[] {
  const m = header.exec(view.header[last]!.text)!;
  const from = Number(m[1]);
  const to = m[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
  const years = view.header.slice(1, last).map((h) => (/^[\s*_]*(\d{4})[\s*_]*$/.exec(h.text) ? Number(/\d{4}/.exec(h.text)![0]) : undefined));
  const columns = years.flatMap((y, i) => (y !== undefined && y >= from && y <= to ? [i + 1] : []));
  // Every year of the period once, and no column that is not a year of it.
  if (to <= from || columns.length !== to - from + 1 || columns.length !== years.length || new Set(years).size !== years.length) return [];
  const out: TableSum[] = [];
  for (const row of view.rows) {
    if (NON_ADDITIVE_HEADER.test(row[0]?.text ?? '')) continue;
    const total = figure(row[last]);
    const parts = columns.map((c) => figure(row[c]));
    if (total && parts.every((p): p is NumberToken => p !== undefined && alike(p, total))) out.push({ total, parts, view });
  }
  return out;
}
