// A change, annual rate or growth multiple said in prose of a row of a table in the document (acc-change6):
// | Orchard | 2015 | 2024 | … | Keldby | 21 | 63 | and later "Growth was fastest at Keldby, a compound 11.6% a year" or
// "Keldby's crop grew 150% between 2015 and 2024". The endpoints are the row's cells in the two year columns: the ones
// the sentence names, or the table's only two. One row label named in the figure's clause, no other figure than the
// row's own cells, and no word naming a measure the table does not. A reading, so a finding carries a suggestion at most.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { CHANGE_AFTER, CHANGE_BEFORE, DECLINE_CUE, OTHER_PERIOD_AFTER, ONE_YEAR_AFTER, rateReading } from './change-wording.js';
import { clauseOf, statedMultiples, type StatedMultiple } from './growth.js';
import { comparedElsewhere, notCompoundNear } from './rate-guards.js';
import { segmentHas } from './segment-carry.js';
import { sentenceTokens } from './spans.js';
import { TOTAL_LABEL } from './tables.js';
import { VersionMemo } from '../version-memo.js';

export interface TableRowChange {
  stated?: NumberToken;
  multiple?: StatedMultiple;
  rate?: 'compound' | 'conventional';
  decline: boolean;
  label: string;
  initial: NumberToken;
  final: NumberToken;
  from: number;
  to: number;
  /** The row's label cell, for the finding's related range. */
  row: Span;
}

interface Row {
  label: string;
  labelCell: AnalysedSegment;
  values: Map<number, NumberToken>;
  /** The words of the table's header, caption and heading: what the table measures. */
  context: string;
}

const GROWTH_MULTIPLE = /(?:doubled|tripled|trebled|quadrupled|quintupled|sextupled|halved|fold|times\s+over)$/i;
const CUE = /%|per\s?cent|percent|doubl|tripl|trebl|quadrupl|fold|times/i;
/** A scenario, forecast, target or comparison with something else. */
const ELSEWHERE = /\b(?:would|could|might|will|should|if|unless|expect\w*|forecast\w*|project\w*|target\w*|plan(?:s|ned|ning)?|aim\w*|than|versus|vs\.?|against|compared|per\s+(?!cent\b|year\b|annum\b)[\p{L}]+)\b/iu;
/** Words of a clause that name no measure: function words, change and rate words, praise and time words. */
const GENERIC = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'it', 'they', 'this', 'that', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'be', 'at', 'in', 'of', 'for', 'by', 'to', 'from', 'on', 'over', 'and', 'with', 'between', 'during', 'across', 'since', 'up', 'down', 'rose', 'risen', 'grew', 'grown', 'growing', 'rising', 'fell', 'fallen', 'falling', 'increased', 'decreased', 'declined', 'dropped', 'climbed', 'jumped', 'expanded', 'shrank', 'growth', 'increase', 'rise', 'decline', 'fall', 'drop', 'gain', 'change', 'relative', 'fastest', 'slowest', 'strongest', 'weakest', 'highest', 'lowest', 'most', 'least', 'rapid', 'rapidly', 'quickly', 'slowly', 'steadily', 'steady', 'strong', 'strongly', 'modest', 'modestly', 'sharp', 'sharply', 'compound', 'compounded', 'annual', 'average', 'yearly', 'rate', 'cagr', 'year', 'years', 'decade', 'period', 'whole', 'full', 'same', 'nine', 'ten', 'five', 'every', 'each', 'per', 'annum', 'cent', 'percent', 'nearly', 'almost', 'about', 'roughly', 'some', 'around', 'more', 'just', 'well', 'only', 'also', 'still', 'so', 'then', 'while', 'small', 'base', 'very', 'low', 'high', 'output', 'total', 'count', 'number', 'figure', 'result', 'results', 'there', 'here', 'which', 'who', 'where', 'when', 'or', 'but', 'as', 'both']);

const indexes = new VersionMemo<AnalysedDocument, Map<string, Row[]>>();

function cleanLabel(text: string): string {
  return text.replace(/\[\^[^\]]*\]|<sup>.*?<\/sup>|[*_`]/g, '').replace(/\s*\([^)]*\)\s*$/, '').replace(/\s+/g, ' ').trim();
}

/** The year of a header cell that holds a year and nothing else ("2015", "**2024**"). */
function headerYear(cell: AnalysedSegment | undefined): number | undefined {
  if (!cell || cell.tokens.length !== 1 || !cell.tokens[0]!.yearLike) return undefined;
  return /^[\s*_]*(?:19|20)\d{2}[\s*_]*$/.test(cell.text) ? cell.tokens[0]!.value : undefined;
}

/** Every named body row of every table with two or more year columns, by label: computed once per document. */
function rowIndex(doc: AnalysedDocument): Map<string, Row[]> {
  let index = indexes.get(doc);
  if (index) return index;
  index = new Map();
  for (const table of doc.tables) {
    const header = (table.cells[0] ?? []).map((i) => doc.segments[i]!);
    const yearColumns = header.map((cell, c) => ({ c, year: headerYear(cell) })).filter((x): x is { c: number; year: number } => x.year !== undefined && x.c > 0);
    if (yearColumns.length < 2 || new Set(yearColumns.map((x) => x.year)).size !== yearColumns.length) continue;
    const caption = table.caption !== undefined ? doc.segments[table.caption]!.text : '';
    const headingIndex = header[0]?.heading;
    const heading = headingIndex !== undefined ? doc.segments[headingIndex]!.text : '';
    const context = `${header.map((h) => h.text).join(' ')} ${caption} ${heading}`.toLowerCase();
    for (const cells of table.cells.slice(1)) {
      const labelCell = doc.segments[cells[0] ?? -1];
      if (!labelCell) continue;
      const label = cleanLabel(labelCell.text);
      // A name, not "Total", "Other" or a number: at least three letters, starting upper-case.
      if (label.length < 3 || !/^\p{Lu}/u.test(label) || TOTAL_LABEL.test(label) || /^(?:other|others|rest|average|mean|median)\b/i.test(label)) continue;
      const values = new Map<number, NumberToken>();
      for (const { c, year } of yearColumns) {
        const cell = doc.segments[cells[c] ?? -1];
        const tokens = cell?.tokens.filter((t) => !t.yearLike) ?? [];
        if (tokens.length === 1 && (tokens[0]!.kind === 'plain' || tokens[0]!.kind === 'currency') && tokens[0]!.style.sign === '') values.set(year, tokens[0]!);
      }
      if (values.size < 2) continue;
      const list = index.get(label) ?? [];
      list.push({ label, labelCell, values, context });
      index.set(label, list);
    }
  }
  indexes.set(doc, index);
  return index;
}

const found = new VersionMemo<AnalysedDocument, TableRowChange[]>();

/**
 * What a paragraph's table-row change (and the endpoint slips of its row's cells) reads beyond its section, as values
 * to compare per version (section-findings.ts): every table, its caption and the headings above it, each by its cached
 * analysis (the same object while its block is unchanged; a table is one block, so its first cell's stands for all its
 * cells). A paragraph may name a row of a table in any section.
 */
export function tableContents(doc: AnalysedDocument): unknown[] {
  const out: unknown[] = [doc.tables.length];
  for (const table of doc.tables) {
    const first = doc.segments[table.cells[0]?.[0] ?? -1];
    out.push(first?.content ?? null, table.caption === undefined ? null : doc.segments[table.caption]!.content);
    for (let h = first?.heading; h !== undefined; h = doc.segments[h]!.heading) out.push(doc.segments[h]!.content);
    out.push(null);
  }
  return out;
}

export function tableRowChanges(doc: AnalysedDocument): TableRowChange[] {
  let list = found.get(doc);
  if (list) return list;
  list = [];
  found.set(doc, list);
  if (doc.tables.length === 0) return list;
  const index = rowIndex(doc);
  if (index.size === 0) return list;
  const labels = [...index.keys()];
  const text = doc.text;
  for (const segment of doc.segments) {
    if (segment.kind !== 'paragraph' || !segmentHas(segment, CUE) || !labels.some((l) => segment.text.includes(l))) continue;
    for (const { sentence, tokens } of sentenceTokens(segment)) {
      const read = readSentence(text, segment, sentence, tokens, index, labels);
      if (read) list.push(read);
    }
  }
  return list;
}

function readSentence(text: string, segment: AnalysedSegment, sentence: Span, tokens: NumberToken[], index: Map<string, Row[]>, labels: string[]): TableRowChange | undefined {
  const body = text.slice(sentence.start, sentence.end);
  const named = labels.filter((l) => new RegExp(`(?<![\\p{L}\\p{N}])${l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(body));
  // A label inside a longer one ("Tokyo" in "Science Tokyo") is the longer one's.
  const labelsNamed = named.filter((l) => !named.some((o) => o !== l && o.includes(l)));
  if (labelsNamed.length !== 1) return undefined;
  const label = labelsNamed[0]!;
  const rows = index.get(label)!;
  const percents = tokens.filter((t) => t.kind === 'percent');
  const years = tokens.filter((t) => t.yearLike);
  let stated: NumberToken | undefined;
  let multiple: StatedMultiple | undefined;
  if (percents.length === 1) stated = percents[0]!;
  else if (percents.length === 0) {
    const multiples = statedMultiples(text, sentence);
    if (multiples.length !== 1 || !GROWTH_MULTIPLE.test(multiples[0]!.text)) return undefined;
    multiple = multiples[0]!;
  } else return undefined;
  const figure: Span = stated ?? multiple!;
  const clause = clauseOf(text, sentence, figure.start);
  const clauseText = text.slice(clause.start, clause.end);
  const at = clauseText.indexOf(label);
  if (at < 0 || clause.start + at > figure.start) return undefined;
  if (ELSEWHERE.test(clauseText)) return undefined;
  // The period: the two years the sentence names (both year columns of the row), or the row's only two.
  const candidates = rows.map((row) => {
    const yearsOfRow = [...row.values.keys()].sort((a, b) => a - b);
    const period = years.length === 2 ? [Math.min(years[0]!.value, years[1]!.value), Math.max(years[0]!.value, years[1]!.value)] : years.length === 0 && yearsOfRow.length === 2 ? yearsOfRow : undefined;
    if (!period || period[0] === period[1] || !row.values.has(period[0]!) || !row.values.has(period[1]!)) return undefined;
    return { row, from: period[0]!, to: period[1]!, initial: row.values.get(period[0]!)!, final: row.values.get(period[1]!)! };
  }).filter((c) => c !== undefined);
  if (candidates.length === 0) return undefined;
  const first = candidates[0]!;
  if (candidates.some((c) => c.initial.value !== first.initial.value || c.final.value !== first.final.value)) return undefined;
  // Any other figure of the sentence is one of the row's endpoints ("from 21 to 63 papers"): else the sentence speaks of more.
  const others = tokens.filter((t) => t !== stated && !t.yearLike);
  if (!others.every((t) => t.kind !== 'percent' && (t.value === first.initial.value || t.value === first.final.value))) return undefined;
  // The clause names no measure the table does not: every word is generic, the label's, or in the table's header, caption or heading.
  const known = `${first.row.context} ${label.toLowerCase()}`;
  for (const w of clauseText.replace(label, ' ').matchAll(/[\p{L}’'-]+/gu)) {
    const word = w[0].toLowerCase().replace(/[’']s$/, '');
    if (GENERIC.has(word) || known.includes(word.slice(0, 5))) continue;
    if (multiple && multiple.text.toLowerCase().includes(word)) continue;
    return undefined;
  }
  let rate: 'compound' | 'conventional' | undefined;
  if (stated) {
    const before = text.slice(Math.max(clause.start, stated.start - 50), stated.start);
    const after = text.slice(stated.end, Math.min(clause.end, stated.end + 40));
    if (OTHER_PERIOD_AFTER.test(after) || ONE_YEAR_AFTER.test(after) || comparedElsewhere(before, after)) return undefined;
    rate = rateReading(before, after);
    if (rate && notCompoundNear(before, after)) return undefined;
    if (!rate && stated.style.sign === '' && !CHANGE_BEFORE.test(before) && !CHANGE_AFTER.test(after)) return undefined;
  }
  const decline = DECLINE_CUE.test(text.slice(clause.start, figure.start));
  return { ...(stated ? { stated } : {}), ...(multiple ? { multiple } : {}), rate, decline, label, initial: first.initial, final: first.final, from: first.from, to: first.to, row: { start: first.row.labelCell.start, end: first.row.labelCell.end } };
}
