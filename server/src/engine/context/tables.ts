// Reads GFM tables as data: header texts, share and count columns, a total row or a total stated in the caption.
import type { AnalysedDocument, AnalysedSegment, AnalysedTable } from '../analysis.js';
import type { NumberToken } from '../numbers.js';
import { amountColumns, groupLabelRow, sumsAllRows } from './sums-table-totals.js';
import { versionEdit } from '../across-versions.js';
import { VersionMemo } from '../version-memo.js';

export interface TableView {
  table: AnalysedTable;
  header: AnalysedSegment[];
  /** Body rows (the header excluded), each a list of cell segments. */
  rows: AnalysedSegment[][];
  shareColumn?: number;
  countColumn?: number;
  totalRow?: number;
  /** The total row is one by its figures, not its label: the sums of the rows above in two columns or more (lastRowSumsAbove). */
  summedRow?: boolean;
  /** The whole the shares are of: the total row's count, "Share of 4,181" in the column header, or a "Total …: N" in the caption or heading above. */
  total?: { token: NumberToken; where: 'total row' | 'column header' | 'caption' };
  /** "Share of publications" beside a "Publications" column: each row's share is of that row's own count in this column. */
  wholeColumn?: number;
  caption?: AnalysedSegment;
  /** The share column's cells are plain numbers whose header gives the unit: "Share of the 35 (%)", "Share, per cent". */
  percentCells?: boolean;
}

const SHARE_HEADER = /share|%|per ?cent|proportion|fraction/i;
/** A header that gives "%" as its cells' unit: "(%)", "(per cent)", ", %", "in %", "% of …". */
// acc-parts8: also a header opening with it, "% of the ten-institute total".
const PERCENT_UNIT_HEADER = /\(\s*(?:%|per ?cent)\s*\)|,\s*(?:%|per ?cent)[\s*_]*$|\bin\s+(?:%|per ?cent)\b|^[\s*_]*(?:%|per ?cent)\s+of\b/i;
/**
 * A header naming a share of the table's whole: plain cells are read as percents only under one ("Share of the 35 (%)",
 * "% of total (%)"), not under "Growth (%)" nor "International share (%)", a share of each row's own figure.
 */
const SHARE_WORD = /\b(?:share|proportion|fraction|percentage|%|per ?cent)\s+of\s+(?:the\s+|all\s+)?(?:\d[\d,. ]*\b|(?:[\p{L}-]+\s+){0,3}?(?:total|all|combined|whole)\b)/iu;
/** A caption's note of its figures' unit as percent: "(% of operating income)", "(%)", "(per cent of total)". */
export const CAPTION_PERCENT_UNIT = /\(\s*(?:%|per ?cent)(?:\s+of\b[^)]*)?\s*\)/i;
/** A column header that is only a share word: "Share", "%", "Per cent". */
const BARE_SHARE_HEADER = /^[\s*_]*(?:share|%|per ?cent|percentage)[\s*_]*$/i;
/** A column of changes or rates ("Change", "% change", "Growth", "CAGR", "Δ") is never a column of shares. */
const CHANGE_HEADER = /chang|growth|grew|increase|decrease|decline|\bdiff|delta|Δ|\bcagr\b|\by[-/ ]?o[-/ ]?y\b|per (?:year|annum)|annual|rate|→|->|\bvs\.?\b/i;
/**
 * A Total row's label: "Total", "Sum", "Combined" (not "Combined heat and power"), "Overall", "All institutions" (but
 * "All others" is a remainder, not a total). Matched case by case, not with the i flag, so that an airport or company code written in capitals and
 * followed by its name ("SUM Šumava", "ALL Allgäu") is no total.
 */
export const TOTAL_LABEL = /^[\s*_]*(?:[Tt]otal|TOTAL|[Ss]um|SUM(?![^\S\n]+\S)|[Cc]ombined(?![^\S\n]+(?![Tt]otal)[A-Za-z])|COMBINED|[Oo]verall|OVERALL|[Aa]ll(?!\s+others?\b)|ALL(?![^\S\n]+\S))\b/;
/** A time in a column header: "2024", "FY24", "YE'15", "H1 2023", "Q3", "'19" (not a whole such as "Share of 35"). */
const HEADER_TIME = /\b(?:FY|YE|H[12]|Q[1-4])\s?['’]?(?:\d{2}(?:\d{2})?)?\b|['’]\d{2}\b|\b(?:19|20)\d{2}\b/gi;
/** "Share of 4,181", "% of 1 200": the whole written in the share column's header. */
const HEADER_WHOLE_BEFORE = /\b(?:share|%|per ?cent|proportion|fraction)\s+of\s+(?:the\s+|all\s+)?(?:\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3}[’']s\s+)?$/iu;
/** "Share of publications": the words naming the whole. */
const HEADER_WHOLE_NAME = /\b(?:share|%|per ?cent|proportion|fraction)\s+of\s+(?:the\s+|all\s+)?([\p{L}][\p{L}\s-]*?)\s*[*_]*$/iu;
const TOTAL_BEFORE = /\btotal\b[^:()]{0,80}[:=]\s*$|\btotal of\s*$|\bn\s*=\s*$/i;

const views = new VersionMemo<AnalysedTable, TableView>();

/** A table read as data, once per check and shared by the share, total, breakdown and granularity rules. */
export function tableView(doc: AnalysedDocument, table: AnalysedTable): TableView {
  let view = views.get(table);
  if (!view) {
    view = keptView(doc, table) ?? readTable(doc, table);
    views.set(table, view);
  }
  return view;
}

/**
 * The previous version's view of a table outside the edit's scope (across-versions.ts), placed on this version's
 * segments. A view reads the table's cells, its caption and the heading above it: all in the table's section, so
 * outside the scope they have the same content and place, and the same tokens where they stand now.
 */
function keptView(doc: AnalysedDocument, table: AnalysedTable): TableView | undefined {
  const edit = versionEdit(doc);
  const first = table.cells[0]?.[0];
  if (!edit || first === undefined || (first >= edit.from && first <= edit.to)) return undefined;
  const before = edit.previous.tables[table.id];
  const kept = before && before.id === table.id && views.get(before);
  if (!kept) return undefined;
  const segment = (i: number) => doc.segments[i]!;
  const cellRows = table.cells.map((row) => row.map(segment));
  const view: TableView = { ...kept, table, header: cellRows[0] ?? [], rows: cellRows.slice(1), caption: table.caption !== undefined ? segment(table.caption) : undefined };
  if (kept.total) {
    // The whole's token, in the segment that holds it now (a cell, the caption or the heading above).
    const heading = kept.header[0]?.heading;
    const holders = [...kept.header, ...kept.rows.flat(), ...(kept.caption ? [kept.caption] : []), ...(heading !== undefined ? [edit.previous.segments[heading]!] : [])];
    const from = holders.find((s) => s.tokens.includes(kept.total!.token));
    const token = from && doc.segments[from.index]!.tokens[from.tokens.indexOf(kept.total.token)];
    if (!token) return undefined;
    view.total = { ...kept.total, token };
  }
  return view;
}

/**
 * A body row's label: its first cell, or the second when the first is empty and holds no figure, as under a leading
 * "Rank" column ("| | **Total** | 842 |").
 */
export function rowLabelCell(row: readonly AnalysedSegment[]): AnalysedSegment | undefined {
  return (row[0]?.text ?? '').trim() === '' && row[0]?.tokens.length === 0 && row.length > 2 ? row[1] : row[0];
}

function rowLabel(row: readonly AnalysedSegment[]): string {
  return rowLabelCell(row)?.text ?? '';
}

/**
 * "Rank 2024", "Position", "Place", "No.", "#": a column of places in an order, whose figures count nothing. "No." and
 * "#" only alone or with a year or a bracket: "No. of staff" counts staff.
 */
const PLACE_HEADER = /^[\s*_]*(?:(?:rank(?:ing)?|position|place|pos\.?)\b|(?:no\.?|#)(?=[\s*_]*$|\s*\(|\s+(?:19|20)\d{2}\b))/i;

function readTable(doc: AnalysedDocument, table: AnalysedTable): TableView {
  const cellRows = table.cells.map((row) => row.map((i) => doc.segments[i]!));
  const header = cellRows[0] ?? [];
  const rows = cellRows.slice(1);
  const view: TableView = { table, header, rows, caption: table.caption !== undefined ? doc.segments[table.caption] : undefined };
  const columns = header.length;
  // "| **Austria** | | | |": a row that only names the group of the rows under it holds no figure of any column.
  const dataRows = rows.filter((r) => !groupLabelRow(r));
  const bodyRows = dataRows.filter((r) => !TOTAL_LABEL.test(rowLabel(r))).length;
  const countColumns: number[] = [];
  const shareColumns: number[] = [];
  // Share columns whose plain figures are percents by their header's unit ("Share of the 35 in 2025 (%)").
  const plainPercentColumns = new Set<number>();
  const totals = rows.flatMap((r, i) => (TOTAL_LABEL.test(rowLabel(r)) ? [i] : []));
  // "| SUM | Czechia | 418 |" above "| Total | | 34,065 |": a code in capitals (Šumava's) is no total when a later row is one.
  let totalRow = totals.length > 1 && /^[\s*_]*(?:SUM|ALL)[\s*_]*$/.test(rows[totals[0]!]![0]?.text ?? '') ? totals[totals.length - 1]! : totals[0] ?? -1;
  // "Four institutions combined", "All eleven": a last row named by the size of the group above it.
  if (totalRow === -1 && rows.length >= 3 && sumsAllRows(rows[rows.length - 1]![0]?.text ?? '', rows.slice(0, -1).map((r) => r[0]?.text ?? ''))) totalRow = rows.length - 1;
  const ratios = ratioColumns(header);
  const captionPercent = view.caption !== undefined && CAPTION_PERCENT_UNIT.test(view.caption.text);
  for (let c = 1; c < columns; c++) {
    const values = rows.map((r) => r[c]?.tokens.filter((t) => !t.yearLike) ?? []);
    const headed = SHARE_HEADER.test(header[c]?.text ?? '');
    const changes = CHANGE_HEADER.test(header[c]?.text ?? '') || values.some((v) => v.length === 1 && v[0]!.style.sign !== '' && (v[0]!.kind === 'percent' || v[0]!.kind === 'plain'));
    // "Share of the 35 in 2025 (%)": plain cells of a share column whose header gives "%" as their unit are percents.
    // The whole is named in the header, or the Total row's cell of the column is 100.
    const hundred = totalRow !== -1 && single(rows[totalRow]![c])?.value === 100;
    // "**Table 3. Morena: operating income by source, 2024 (% of operating income)**" over "| Source | Share |" and a
    // Total row of 100.0: the caption gives the unit of a column headed only as a share.
    const captionUnit = captionPercent && BARE_SHARE_HEADER.test(header[c]?.text ?? '') && hundred;
    const unitPercent = !changes && ((PERCENT_UNIT_HEADER.test(header[c]?.text ?? '') && (SHARE_WORD.test(header[c]?.text ?? '') || hundred)) || ratios.has(c) || captionUnit);
    const isPercent = (t: NumberToken) => t.kind === 'percent' || (unitPercent && t.kind === 'plain' && t.value <= 100);
    const percents = values.filter((v) => v.length === 1 && isPercent(v[0]!)).length;
    const counts = values.filter((v) => v.length === 1 && v[0]!.kind === 'plain' && v[0]!.decimals === 0).length;
    // A column headed "Share"/"%" needs only its body rows to hold percents; an unheaded one needs two or more.
    const shareLike = !changes && percents >= (headed ? Math.max(1, bodyRows / 2) : Math.max(2, dataRows.length));
    if (shareLike) shareColumns.push(c);
    if (shareLike && unitPercent && values.some((v) => v.length === 1 && v[0]!.kind === 'plain')) plainPercentColumns.add(c);
    if (view.shareColumn === undefined && shareLike) {
      view.shareColumn = c;
    } else if (!shareLike && !unitPercent && counts >= Math.max(2, dataRows.length / 2) && !PLACE_HEADER.test(header[c]?.text ?? '')) countColumns.push(c);
  }
  // "| Lines YE24 | Share YE15 | Share YE24 |": shares of two times, headed alike but for the time; only the one whose
  // header names the year of the one column of counts is theirs, and when no year tells them apart none is.
  const withoutTime = (c: number) => (header[c]?.text ?? '').replace(HEADER_TIME, '').replace(/\s+/g, ' ').trim().toLowerCase();
  if (shareColumns.length > 1 && shareColumns.every((c) => withoutTime(c) === withoutTime(shareColumns[0]!))) {
    const yearsOf = (c: number) => new Set(header[c]?.tokens.filter((t) => t.yearLike).map((t) => t.value));
    const countYears = countColumns.length === 1 ? yearsOf(countColumns[0]!) : new Set<number>();
    const matching = shareColumns.filter((c) => [...yearsOf(c)].some((y) => countYears.has(y)));
    view.shareColumn = matching.length === 1 ? matching[0] : undefined;
  }
  // "| Budget (USD million) | Share of budgets (%) | Papers | Share of papers (%) |": a share column that names its whole
  // is a share of that column; of the one column of counts, only the share column naming it (or naming none) is.
  if (countColumns.length === 1 && view.shareColumn !== undefined) {
    const counts = header[countColumns[0]!]?.text ?? '';
    const named = (c: number) => HEADER_WHOLE_NAME.exec((header[c]?.text ?? '').replace(/\s*\([^)]*\)\s*$/, ''))?.[1];
    const fits = (c: number) => {
      const name = named(c);
      return name === undefined || namesColumn(counts, name);
    };
    // Only a whole that another column of the table is headed by says the shares are not of the counts ("Share of
    // national output" names nothing here, and its Total row decides).
    const namesOtherColumn = (c: number) => header.some((h, i) => i > 0 && i !== countColumns[0] && i !== c && namesColumn(h.text, named(c) ?? ''));
    if (!fits(view.shareColumn) && namesOtherColumn(view.shareColumn)) view.shareColumn = shareColumns.find((c) => c !== view.shareColumn && named(c) !== undefined && fits(c));
  }
  if (view.shareColumn !== undefined && plainPercentColumns.has(view.shareColumn)) view.percentCells = true;
  const shareHeader = view.shareColumn !== undefined ? header[view.shareColumn] : undefined;
  // "| 2015 | 2024 | Share of 2024 combined |": a share of a year is of that year's count, and of no other.
  const shareYears = new Set(shareHeader?.tokens.filter((t) => t.yearLike).map((t) => t.value));
  if (shareYears.size > 0 && countColumns.some((c) => header[c]?.tokens.some((t) => t.yearLike))) {
    const sameYear = countColumns.filter((c) => header[c]?.tokens.some((t) => t.yearLike && shareYears.has(t.value)));
    countColumns.splice(0, countColumns.length, ...sameYear.slice(0, 1));
  }
  view.countColumn = countColumns[0];
  if (shareHeader && countColumns.length === 2) {
    // "Publications | Internationally co-authored | Share of publications": the share is of the row's own whole.
    const name = HEADER_WHOLE_NAME.exec(shareHeader.text)?.[1];
    const whole = name === undefined ? -1 : countColumns.findIndex((c) => sameWords(header[c]?.text ?? '', name));
    if (whole !== -1) {
      view.wholeColumn = countColumns[whole];
      view.countColumn = countColumns[1 - whole];
    }
  }
  // "| Revenue | Capex | Capex (% of revenue) |": the row's part over its whole, each column named by the header.
  const ratio = view.shareColumn !== undefined ? ratios.get(view.shareColumn) : undefined;
  if (ratio) [view.countColumn, view.wholeColumn] = ratio;
  // "| Baseline | Target | Actual | Achieved (% of target) |": a share of the column the header names, the actual figure its part.
  if (shareHeader && view.wholeColumn === undefined && countColumns.length >= 3) {
    const pair = namedBaseColumns(header, countColumns, shareHeader.text, SHARE_OF_COLUMN);
    if (pair) [view.wholeColumn, view.countColumn] = pair;
  }
  if (shareHeader && view.wholeColumn === undefined && countColumns.length >= 2) {
    const chosen = denominatorColumn(header, rows, countColumns, view.shareColumn!, totalRow, shareHeader.text);
    view.countColumn = chosen;
  }
  if (shareHeader && view.wholeColumn === undefined) {
    const token = shareHeader.tokens.find((t) => t.kind === 'plain' && !t.yearLike && HEADER_WHOLE_BEFORE.test(doc.text.slice(shareHeader.start, t.start)));
    // The whole in the header holds for one column of parts only.
    if (token && countColumns.length === 1) view.total = { token, where: 'column header' };
  }
  // "| Budget 2024 | Share of total |" with budgets in EUR million: one column of amounts with decimals is the parts.
  if (countColumns.length === 0 && view.shareColumn !== undefined) {
    const amounts = amountColumns(header, rows, totalRow).filter((c) => c !== view.shareColumn);
    if (amounts.length === 1) view.countColumn = amounts[0]!;
  }
  // "| **Panel** | **296.7** | **373.7** | **381.3** |" under the eight resorts: a last row whose figures are the sums of
  // the rows above in two columns or more is their total, whatever its label.
  if (totalRow === -1 && lastRowSumsAbove(rows)) {
    totalRow = rows.length - 1;
    view.summedRow = true;
  }
  if (totalRow !== -1) {
    view.totalRow = totalRow;
    // "| Total | 800 | 16.0% |": a Total row whose own share is not the whole (100%) says the shares are of another
    // base ("Share of national output"), so its count is not their whole.
    const totalShare = view.shareColumn !== undefined ? single(rows[totalRow]![view.shareColumn]) : undefined;
    const ofAnotherBase = totalShare !== undefined && Math.abs(totalShare.value - 100) > 1;
    const token = view.countColumn !== undefined && !view.total && view.wholeColumn === undefined && !ofAnotherBase ? single(rows[totalRow]![view.countColumn]) : undefined;
    if (token) view.total = { token, where: 'total row' };
  }
  if (!view.total && view.wholeColumn === undefined) {
    const token = captionTotal(doc, table, view.caption);
    if (token) view.total = { token, where: 'caption' };
  }
  return view;
}

const HEADER_FILLER = new Set(['share', 'of', 'the', 'all', 'total', 'in', 'per', 'cent', 'percent', 'proportion', 'fraction', 'percentage', 'combined', 'whole']);
const contentWords = (s: string): string[] =>
  s.toLowerCase().replace(/[^\p{L}\s]/gu, ' ').split(/\s+/).filter((w) => w.length > 2 && !HEADER_FILLER.has(w));

/**
 * Which of several count columns a share column divides: the one whose header shares a word with the share header
 * ("Share of area (%)" beside "Member growers" and "Orchard area (ha)"), else the one column whose rows give the stated
 * shares (over the Total row) in most rows, at least half of them. Undefined when that is not certain: the rule then
 * stays silent rather than divide by a column the author did not mean.
 */
function denominatorColumn(header: AnalysedSegment[], rows: AnalysedSegment[][], countColumns: number[], shareColumn: number, totalRow: number, shareHeader: string): number | undefined {
  const named = new Set(contentWords(shareHeader));
  if (named.size > 0) {
    const naming = countColumns.filter((c) => contentWords(header[c]?.text ?? '').some((w) => named.has(w)));
    if (naming.length === 1) return naming[0];
    if (naming.length > 1) return undefined;
  }
  if (totalRow === -1) return undefined;
  const body = rows.filter((_, i) => i !== totalRow);
  const agreeing = countColumns.map((c) => {
    const whole = single(rows[totalRow]![c])?.value;
    if (!whole) return 0;
    return body.filter((r) => {
      const part = single(r[c]);
      const stated = single(r[shareColumn]);
      if (!part || !stated) return false;
      const step = 10 ** -stated.decimals;
      return Math.abs((part.value / whole) * 100 - stated.value) <= step / 2 + 1e-9;
    }).length;
  });
  const best = Math.max(...agreeing);
  const winners = countColumns.filter((_, i) => agreeing[i] === best);
  return winners.length === 1 && best >= Math.max(2, body.length / 2) ? winners[0] : undefined;
}

/** "Capex (% of revenue)", "Subsidy as % of revenue": a ratio of two columns, each named by the header. */
// "Grants as % of box office": either side may be up to three words, which name the one column whose header holds them.
const RATIO_HEADER = /^[\s*_]*(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2}?)\s*(?:\(\s*|,\s*|as\s+(?:a\s+)?)(?:%|per ?cent|share)\s+of\s+(?:the\s+)?(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2}?)\s*\)?[\s*_]*$/iu;

/** The share columns whose header names their part's and whole's columns: column → [part, whole]. */
function ratioColumns(header: readonly AnalysedSegment[]): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  header.forEach((h, c) => {
    const m = RATIO_HEADER.exec(h.text);
    if (!m || c === 0) return;
    // A column headed by those words, or (when no header is just them) the one column whose header holds them in a run:
    // "Grants" for "Public grants (EUR million)", "box office" for "Box-office income (EUR million)".
    const headedBy = (words: string) => {
      const same = header.flatMap((x, k) => (k > 0 && k !== c && sameWords(x.text.replace(/\([^)]*\)/g, ''), words) ? [k] : []));
      return same.length > 0 ? same : header.flatMap((x, k) => (k > 0 && k !== c && holdsWords(x.text.replace(/\([^)]*\)/g, ''), words) ? [k] : []));
    };
    const [part, whole] = [headedBy(m[1]!), headedBy(m[2]!)];
    if (part.length === 1 && whole.length === 1 && part[0] !== whole[0]) out.set(c, [part[0]!, whole[0]!]);
  });
  return out;
}

/** "% of target", "share of plan": the column a share header names as its whole. */
const SHARE_OF_COLUMN = /(?:%|per ?cent|share)\s+of\s+(?:the\s+)?(\p{L}+)/iu;
/** The column of outcomes in a table of targets: "Actual", "Actual (latest)", "Achieved 2025", "Outturn". */
const ACTUAL_HEADER = /^[\s*_]*(?:actual|achieved|outturn|result|realised|realized)\b/i;

/**
 * The base column a derived column's header names ("% of target", "Change vs baseline") — the one column whose header
 * opens with that word — and the one column headed "Actual" beside it: [base, actual], or undefined.
 */
export function namedBaseColumns(header: readonly AnalysedSegment[], columns: readonly number[], derived: string, names: RegExp): [number, number] | undefined {
  const name = names.exec(derived)?.[1]?.toLowerCase();
  if (!name || ACTUAL_HEADER.test(name)) return undefined;
  const opens = (c: number) => new RegExp(`^[\\s*_]*${name}\\b`, 'iu').test(header[c]?.text ?? '');
  const base = columns.filter(opens);
  // "Actual (latest)", never "Achieved (% of target)", a column derived from it.
  const actual = columns.filter((c) => ACTUAL_HEADER.test(header[c]?.text ?? '') && !SHARE_HEADER.test(header[c]?.text ?? ''));
  return base.length === 1 && actual.length === 1 && base[0] !== actual[0] ? [base[0]!, actual[0]!] : undefined;
}

/** A header's words in lower case, markup, digits and punctuation aside, one space between them. */
const headerWords = (s: string): string => s.toLowerCase().replace(/[^\p{L}\s]/gu, ' ').trim().replace(/\s+/g, ' ');

/** Header words naming the same thing, letter case and markup aside: "**Publications**" and "publications". */
function sameWords(a: string, b: string): boolean {
  return headerWords(a) !== '' && headerWords(a) === headerWords(b);
}

/** Whether `a`'s words hold `b`'s as a run (a final "s" aside): "public grants" holds "grants". */
function holdsWords(a: string, b: string): boolean {
  const run = (s: string): string => ` ${headerWords(s).replace(/s\b/g, '')} `;
  return run(b).trim() !== '' && run(a).includes(run(b));
}

/** Whether a column header holds every word of a name, plural or not: "Budget (USD million)" for "budgets". */
function namesColumn(header: string, name: string): boolean {
  const words = (s: string) => (s.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => !HEADER_FILLER.has(w)).map((w) => w.replace(/s$/, ''));
  const own = new Set(words(header));
  const wanted = words(name);
  return wanted.length > 0 && wanted.every((w) => own.has(w));
}

export function single(cell: AnalysedSegment | undefined): NumberToken | undefined {
  const tokens = cell?.tokens.filter((t) => !t.yearLike) ?? [];
  return tokens.length === 1 ? tokens[0] : undefined;
}

/** "University of Tokyo (Total Sweden-linked publications 2015–2024: 4,181)" above the table. */
function captionTotal(doc: AnalysedDocument, table: AnalysedTable, caption: AnalysedSegment | undefined): NumberToken | undefined {
  const candidates: AnalysedSegment[] = [];
  if (caption) candidates.push(caption);
  const first = doc.segments[table.cells[0]?.[0] ?? -1];
  const heading = first?.heading !== undefined ? doc.segments[first.heading] : undefined;
  if (heading && heading !== caption) candidates.push(heading);
  for (const segment of candidates) {
    for (const token of segment.tokens) {
      if (token.yearLike || token.kind !== 'plain') continue;
      if (TOTAL_BEFORE.test(doc.text.slice(Math.max(segment.start, token.start - 90), token.start))) return token;
    }
  }
  return undefined;
}

/** Whether the last row (its label naming no entity) holds the sums of the rows above in two additive columns or more. */
export function lastRowSumsAbove(rows: ReadonlyArray<readonly AnalysedSegment[]>): boolean {
  if (rows.length < 4) return false;
  const last = rows[rows.length - 1]!;
  if (!last[0] || last[0].entities.length > 0 || last[0].tokens.length > 0) return false;
  let sums = 0;
  for (let c = 1; c < last.length; c++) {
    const figures = rows.map((r) => single(r[c]));
    if (figures.some((t) => !t || t.yearLike || t.style.sign !== '' || (t.kind !== 'plain' && t.kind !== 'currency'))) continue;
    const total = figures.pop()!;
    const parts = figures.reduce((sum, t) => sum + t!.value, 0);
    // The parts' own rounding may add up: half a unit of the last digit each.
    const slack = (0.5 * 10 ** -Math.max(0, ...figures.map((t) => t!.decimals))) * figures.length;
    if (Math.abs(total!.value - parts) <= Math.max(slack, 0.5 * 10 ** -total!.decimals)) sums++;
  }
  return sums >= 2;
}
