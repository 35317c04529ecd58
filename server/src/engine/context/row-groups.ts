// Reads sums over rows of a table named in the prose after it: "China and the United States together hold 46",
// "The eight economies named hold 77 of the top 100", "NIMR + KCOD: 1,271 days, 43.8% of the total", "NIMR's 709 days
// were 24.4% of the total".
import type { AnalysedDocument, AnalysedTable } from '../analysis.js';
import { movedAcrossEdit, versionEdit } from '../across-versions.js';
import { spelledNumber, type NumberToken } from '../numbers.js';
import { sentenceTokens } from './spans.js';
import { single, tableView, TOTAL_LABEL, type TableView } from './tables.js';
import { VersionMemo } from '../version-memo.js';

export interface RowGroup {
  /** The rows' figures in the table's one count column. */
  parts: NumberToken[];
  /** The sum the sentence states for the rows, if it states one. */
  stated?: NumberToken;
  /** "…, 43.8% of the total": the rows' share of the table's whole, if the sentence states one and the table has a whole. */
  share?: { stated: NumberToken; whole: NumberToken };
}

/** A row that is what is left over, never one of the named ones: "All other economies", "Rest of the world". */
const REMAINDER_ROW = /^[\s*_]*(?:all\s+others?|others?|rest\b|remaining|remainder)\b/i;
/** Between two named rows: "A and B", "A, B and C", "A + B", "A & B". */
const ROW_JOIN = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\+|&)\s*(?:the\s+)?$/i;
/** After the last named row: the word that makes the figure after it their sum. */
const TOGETHER = /^[\s,]*(?:(?:[\p{L}’'-]+\s+){0,2}?(?:together|combined|jointly|between them|in all|in total|taken together))\b/iu;
/** "the eight economies named", "these 5 ports", "the 4 institutes listed above": a group the size of the table's list. */
const COUNTED_ROWS = /\b(?:the|these|those|all)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s\s+(?:named|listed|shown|above|in the table|in table \d+)\b/iu;
/** Between the group's sum and its share: ", 43.8% of", " (43.8%". */
const SHARE_GAP = /^\s*[\p{L}\s]{0,24}?[,(:]\s*(?:or\s+|i\.e\.\s+|that is\s+)?$/u;
/** The sum word after the group's figure and its noun: "NIMR and KCOD, logged 1,271 days between them" (acc-parts8). */
const TOGETHER_AFTER_FIGURE = /^[\s,]*(?:[\p{L}’'-]+\s+){1,3}?\d[\d,. ]*\s+(?:[\p{L}-]+\s+){0,2}?(?:together|combined|jointly|between them|in all|in total)\b/iu;
/** "… 24.4% of the total", "of the regional total" (and nothing more named after it): a share of the whole the table totals. */
const OF_THE_TOTAL = /^\s+of\s+(?:(?:the|its|their)\s+)?(?:(?:regional|national|combined|overall|grand|whole|table(?:'s|’s)?|\d{4})\s+)?total\b(?=\s*(?:[.,;:)\]]|$|\[|<sup>|\s+in\s+\d{4}\b))/i;
/** Right before a figure: "of the top", "of all", "out of": the figure is a whole. */
const OF_A_WHOLE_BEFORE = /\b(?:of|out\s+of)\s+(?:(?:the|all|its|their)\s+)?(?:top\s+)?$/i;
/** How many segments after a table its rows may be named in. */
const REACH = 12;

/** Per version, each table's row groups (by the table's index) once read, for the next version to take outside the edit. */
const byTable = new VersionMemo<AnalysedDocument, Array<RowGroup[] | undefined>>();

/**
 * The row groups the prose after each table names, read once per check and shared by the total and share rules. With a
 * range (a section-bound rule's scope), only those of the tables whose groups' sentences may stand in those segments
 * ([from, to]: within REACH segments after the table's last cell): a table's groups are read of the table and the
 * segments after it alone, so those are the groups a full walk gives there. A table no range reached is not read.
 */
export function rowGroups(doc: AnalysedDocument, range?: { from: number; to: number }): RowGroup[] {
  let perTable = byTable.get(doc);
  if (!perTable) byTable.set(doc, (perTable = new Array<RowGroup[] | undefined>(doc.tables.length).fill(undefined)));
  const out: RowGroup[] = [];
  for (let t = 0; t < doc.tables.length; t++) {
    const table = doc.tables[t]!;
    if (range) {
      const last = cellSpan(table)?.last;
      if (last !== undefined && (last + REACH < range.from || last >= range.to)) continue;
    }
    let groups = perTable[t];
    if (!groups) perTable[t] = groups = keptGroups(doc, table, t) ?? groupsAfter(doc, tableView(doc, table));
    out.push(...groups);
  }
  return out;
}

/** The first and last segment index of a table's cells (undefined for a table without cells), without a flat copy. */
function cellSpan(table: AnalysedTable): { first: number; last: number } | undefined {
  let first = Infinity;
  let last = -Infinity;
  for (const row of table.cells) {
    if (!row) continue;
    for (const cell of row) {
      if (cell === undefined) continue;
      if (cell < first) first = cell;
      if (cell > last) last = cell;
    }
  }
  return first <= last ? { first, last } : undefined;
}

/**
 * The previous version's row groups of a table, moved to where they stand now, when neither the table nor the REACH
 * segments after it (where its groups are read) lie in the edit's scope: all a table's groups read is there, in its
 * view (the table, its caption and the heading above, kept by tableView alike) and within a few characters after
 * those segments. Undefined when they must be read afresh (a group holding anything in the scope is never moved), or
 * when the previous version did not read them.
 */
function keptGroups(doc: AnalysedDocument, table: AnalysedTable, t: number): RowGroup[] | undefined {
  const edit = versionEdit(doc);
  const span = edit && cellSpan(table);
  if (!edit || !span) return undefined;
  const { first, last } = span;
  if (last + REACH >= edit.from && first <= edit.to) return undefined;
  const before = edit.previous.tables[t];
  const kept = byTable.get(edit.previous)?.[t];
  if (!before || !kept || before.id !== table.id || cellSpan(before)?.first !== first) return undefined;
  return movedAcrossEdit(kept, edit.previous.segments[first]!, doc.segments[first]!, doc, edit);
}

interface Row {
  label: string;
  figure: NumberToken;
  /** The row's place in the table's body rows, and its plain figures in the table's columns headed by one year. */
  index: number;
  cells: Map<number, NumberToken>;
}

/** A year column that holds no counts to add: changes, shares, rates, ranks. */
const NOT_COUNT_HEADER = /share|%|per ?cent|chang|growth|rate|rank|score|index|average|mean|median|→|->|\bvs\.?\b|[–-]\s*\d{2}/i;

function groupsAfter(doc: AnalysedDocument, view: TableView): RowGroup[] {
  const column = view.countColumn;
  if (column === undefined) return [];
  const rows: Row[] = [];
  for (const [r, row] of view.rows.entries()) {
    const label = (row[0]?.text ?? '').replace(/[*_`]/g, '').trim();
    if (r === view.totalRow || TOTAL_LABEL.test(label) || REMAINDER_ROW.test(label)) continue;
    const figure = single(row[column]);
    // Every listed row must hold its count, or a group of them cannot be summed.
    if (!figure || figure.kind !== 'plain' || label.length < 2 || !/\p{L}/u.test(label)) return [];
    rows.push({ label, figure, index: r, cells: new Map() });
  }
  if (rows.length < 2 || new Set(rows.map((r) => r.label)).size !== rows.length) return [];
  const headerYears = new Set(view.header[column]!.tokens.filter((t) => t.yearLike).map((t) => t.value));
  // The other columns headed by one year each (of another year than the count column's), whose cells are plain counts.
  const yearColumns = view.header.flatMap((h, c) => (c > 0 && h.tokens.filter((t) => t.yearLike).length === 1 && !NOT_COUNT_HEADER.test(h.text) ? [c] : []));
  const otherYearColumns = headerYears.size > 0 && yearColumns.some((c) => c !== column && !view.header[c]!.tokens.some((t) => t.yearLike && headerYears.has(t.value)));
  for (const row of rows) for (const c of yearColumns) {
    const cell = single(view.rows[row.index]![c]);
    if (cell?.kind === 'plain') row.cells.set(c, cell);
  }
  const cells = view.table.cells.flat();
  const last = Math.max(...cells);
  const sectionHeading = doc.segments[cells[0]!]!.heading;
  const whole = view.total?.token;
  const out: RowGroup[] = [];
  for (let i = last + 1; i < doc.segments.length && i <= last + REACH; i++) {
    const segment = doc.segments[i]!;
    if (segment.kind === 'cell') break;
    if (segment.kind !== 'paragraph' || segment.tokens.length === 0) continue;
    for (const { sentence, tokens } of sentenceTokens(segment)) {
      const text = doc.text.slice(sentence.start, sentence.end);
      const group = namedRows(text, rows) ?? countedRows(text, rows) ?? singleRow(text, rows);
      if (!group) continue;
      // The sentence speaks of the column's year: its own years are the column's, or, with none, it stands in the table's section.
      const years = tokens.filter((t) => t.yearLike).map((t) => t.value);
      const sameTime = years.length > 0 ? years.every((y) => headerYears.has(y)) : segment.heading === sectionHeading;
      if (!sameTime) continue;
      const after = tokens.filter((t) => t.start >= sentence.start + group.end && !t.yearLike);
      const clauseEnd = text.indexOf(';', group.end);
      const inClause = after.filter((t) => clauseEnd === -1 || t.start < sentence.start + clauseEnd);
      const first = inClause[0];
      // With other year columns beside it ("| Zoo | 2019 | 2023 | 2024 |"), a sentence that names no year speaks of the
      // one column whose rows add up to its stated sum ("Coralhaven and Southern Tides together admitted 1,045 thousand",
      // 783 + 262 of 2024); with no such single column it is not read.
      if (otherYearColumns && years.length === 0) {
        const stated = first?.kind === 'plain' && first.style.sign === '' ? first : undefined;
        const fits = stated && !group.single ? yearColumns.filter((c) => {
          const parts = group.rows.map((r) => r.cells.get(c));
          return parts.every((x) => x !== undefined) && Math.abs(parts.reduce((a, x) => a + x!.value, 0) - stated.value) < 1e-9;
        }) : [];
        if (fits.length !== 1) continue;
        // The count column itself: read below as any sentence is.
        if (fits[0] !== column) {
          const c = fits[0]!;
          const cellWhole = view.totalRow !== undefined ? single(view.rows[view.totalRow]![c]) : undefined;
          const share = shareAfter(doc.text, stated, inClause[1], cellWhole);
          out.push({ parts: group.rows.map((r) => r.cells.get(c)!), stated: stated!, ...(share ? { share } : {}) });
          continue;
        }
      }
      if (group.single) {
        // One row: only its share of the table's whole, written "X% of the total".
        const pct = first?.kind === 'percent' ? first : inClause[1]?.kind === 'percent' && first?.kind === 'plain' && first.value === group.rows[0]!.figure.value ? inClause[1] : undefined;
        if (pct && whole && OF_THE_TOTAL.test(doc.text.slice(pct.end, pct.end + 40)) && doc.text.slice(sentence.start + group.end, pct.start).split(/\s+/).length <= 10) {
          out.push({ parts: [group.rows[0]!.figure], share: { stated: pct, whole } });
        }
        continue;
      }
      // "China and the United States between them hold two-thirds of the top 15": a figure after "of" is a whole the
      // rows' share is taken of, not their sum.
      const wholeBefore = first !== undefined && OF_A_WHOLE_BEFORE.test(doc.text.slice(sentence.start + group.end, first.start));
      const stated = first?.kind === 'plain' && first.style.sign === '' && !wholeBefore ? first : undefined;
      // "Hradová and Wartowice together delivered 2,390.6 GWh" under a column of whole buildings: a sum with a fraction is
      // no sum of whole counts; it speaks of another column.
      if (stated && !Number.isInteger(stated.value) && group.rows.every((r) => Number.isInteger(r.figure.value))) continue;
      const share = shareAfter(doc.text, stated, stated ? inClause[1] : first, whole);
      if (stated || share) out.push({ parts: group.rows.map((r) => r.figure), ...(stated ? { stated } : {}), ...(share ? { share } : {}) });
    }
  }
  return out;
}

/** "…, 43.8% of the total" after the group's sum (or right after the group): the rows' share of `whole`, if one is stated. */
function shareAfter(text: string, stated: NumberToken | undefined, shareToken: NumberToken | undefined, whole: NumberToken | undefined): { stated: NumberToken; whole: NumberToken } | undefined {
  if (shareToken?.kind !== 'percent' || !whole) return undefined;
  if (stated && !SHARE_GAP.test(text.slice(stated.end, shareToken.start))) return undefined;
  return /^\s+of\b(?!\s+(?:them|these|those|which|whom)\b)/i.test(text.slice(shareToken.end, shareToken.end + 12)) ? { stated: shareToken, whole } : undefined;
}

/** Two or more row labels joined by "and", "+" or commas, with "together" after them unless joined by "+". */
function namedRows(text: string, rows: readonly Row[]): { rows: Row[]; end: number; single?: boolean } | undefined {
  const found: Array<{ row: Row; start: number; end: number }> = [];
  for (const row of rows) {
    const at = wordIndex(text, row.label);
    if (at !== -1) found.push({ row, start: at, end: at + row.label.length });
  }
  if (found.length < 2) return undefined;
  found.sort((a, b) => a.start - b.start);
  // The named rows run together: nothing but a join between one and the next.
  let run = [found[0]!];
  for (const next of found.slice(1)) {
    if (ROW_JOIN.test(text.slice(run[run.length - 1]!.end, next.start))) run.push(next);
    else if (run.length < 2) run = [next];
    else break;
  }
  if (run.length < 2) return undefined;
  const end = run[run.length - 1]!.end;
  const plus = text.slice(run[0]!.end, run[1]!.start).includes('+');
  const together = TOGETHER.exec(text.slice(end));
  if (!plus && !together && !TOGETHER_AFTER_FIGURE.test(text.slice(end))) return undefined;
  return { rows: run.map((f) => f.row), end: end + (together ? together[0].length : 0) };
}

/** "The eight economies named": every listed row, when the count is the table's. */
function countedRows(text: string, rows: readonly Row[]): { rows: Row[]; end: number; single?: boolean } | undefined {
  const m = COUNTED_ROWS.exec(text);
  if (!m) return undefined;
  const size = /\d/.test(m[1]!) ? Number(m[1]) : spelledNumber(m[1]!);
  return size === rows.length ? { rows: [...rows], end: m.index + m[0].length } : undefined;
}

/** Exactly one row named in the sentence: its share of the table's whole may follow. */
function singleRow(text: string, rows: readonly Row[]): { rows: Row[]; end: number; single: true } | undefined {
  let found: { row: Row; end: number } | undefined;
  for (const row of rows) {
    const at = wordIndex(text, row.label);
    if (at === -1) continue;
    if (found) return undefined;
    found = { row, end: at + row.label.length };
  }
  return found ? { rows: [found.row], end: found.end, single: true } : undefined;
}

/** Where `word` stands in `text` as a whole word (not inside a longer name), or -1. */
function wordIndex(text: string, word: string): number {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}-]/u.test(before) && !/[\p{L}\p{N}-]/u.test(after)) return at;
  }
  return -1;
}
