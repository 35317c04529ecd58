// A total stated in the prose or caption right above a table whose rows are its parts: "Table 5.1 sets out the FY 2024
// budgets of the audited entities, which together came to USD 263.3 million." over a table of budgets and a Total row;
// "Grant payments to the ten institutes reached EUR 70.6 million in 2025." over grants by institute; a caption's "share
// of the four-institute total of EUR 57.0 million" (acc-sum13). The parts are the body rows of the table's one column of
// amounts (not shares, changes or rates), and the table must show they are all of the whole: its last row is a total
// ("Total", "All ten", "Four institutes") equal to their sum. A suggestion only: the prose may speak of another whole.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { NumberToken } from '../numbers.js';
import { sentenceTokens } from './spans.js';
import { TOTAL_LABEL } from './tables.js';
import { formatLike, isConsistentAtPrecision } from '../numbers.js';
import { formatNumber } from '../rules/format.js';
import type { RuleContext } from '../rules/rule.js';
import { segmentRange } from '../section-findings.js';

export interface ProseTableTotal {
  stated: NumberToken;
  parts: NumberToken[];
  /** The table's own total row's figure, equal to the parts' sum. */
  tableTotal: NumberToken;
}

/** Before a figure: "together came to", "combined", "a total of", "reached", "total of", "totalled", "added up to". */
const CUE_BEFORE = /\b(?:(?:together|combined|jointly)\s+(?:came|come|comes|amounted|amount|amounts|added\s+up|add\s+up)\s+to|came\s+to|amounted\s+to|add(?:s|ed)?\s+up\s+to|a\s+(?:combined|total)(?:\s+[\p{L}-]+)?\s+of|total(?:led|ed|ling|s)?|(?:[\p{L}-]+[\s-])?total\s+of|combined(?:\s+[\p{L}-]+){0,2}\s+of|reached)\s+$/iu;
/** After a figure: "… in all", "… in total", "… altogether", "… combined", "… between them". */
const CUE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:in\s+all|in\s+total|altogether|combined|between\s+them)\b/iu;
/** Hedges and bounds before a figure: the total is not exact. */
const HEDGED = /\b(?:about|around|roughly|nearly|almost|approximately|some|over|more\s+than|under|less\s+than|close\s+to|an\s+estimated|at\s+least|up\s+to)\s+$/i;
/** Headers of columns that hold no amounts to add: shares, changes, rates, ranks, averages. */
const NOT_AMOUNTS = /share|%|per ?cent|proportion|fraction|chang|growth|increase|decrease|decline|\bdiff|delta|Δ|\bcagr\b|rate|per\s|average|mean|median|rank|score|index|ratio|→|->|\bvs\.?\b/i;
const SIZE = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})`;
/** A last row that is the total of the rows above: "Total", "All ten", "Four institutes", "The ten combined". */
const GROUP_ROW = new RegExp(String.raw`^[\s*_]*(?:(?:all|the)\s+)?${SIZE}(?:\s+[\p{L}-]+){0,2}?(?:\s+(?:combined|together|in\s+all|total))?[\s*_]*$`, 'iu');
/** A last row of a selection, not of the whole: "Five shown", "Top three", "Listed above". */
const SELECTION_ROW = /\b(?:shown|listed|above|selected|top|largest|biggest|leading|these|named|other|others|remaining|rest)\b/i;

/** Totals stated in the prose or caption right above a table, against the rows of its one column of amounts. */
export function proseTableTotals(doc: AnalysedDocument, range?: { from: number; to: number }): ProseTableTotal[] {
  const out: ProseTableTotal[] = [];
  for (const table of doc.tables) {
    const first = table.cells[0]?.[0];
    if (first === undefined) continue;
    // With a range (a section-bound rule's scope), only the tables whose stated total may stand in those segments: the
    // two segments above the first cell at most (prose()); each table is read alone.
    if (range && (first - 2 > range.to || first - 1 < range.from)) continue;
    const above = prose(doc, first);
    if (above.length === 0) continue;
    const column = amountColumn(doc, table.cells);
    if (!column) continue;
    const { parts, total } = column;
    const sum = parts.reduce((acc, p) => acc + p.value, 0);
    const decimals = Math.max(...parts.map((p) => p.decimals), total.decimals);
    // The table's own total row must hold the sum: the rows are then all of the whole.
    if (Math.abs(sum - total.value) > 0.5 * 10 ** -decimals + 1e-9) continue;
    const stated = statedTotal(doc, above, total);
    if (stated) out.push({ stated, parts, tableTotal: total });
  }
  return out;
}

/** The caption and, above a caption that is a title line, the one paragraph before it, in the table's section. */
function prose(doc: AnalysedDocument, firstCell: number): AnalysedSegment[] {
  const out: AnalysedSegment[] = [];
  const cell = doc.segments[firstCell]!;
  for (let i = firstCell - 1; i >= 0 && out.length < 2; i--) {
    const s = doc.segments[i]!;
    if (s.kind !== 'paragraph' || s.listItem || s.heading !== cell.heading) break;
    out.push(s);
    // A caption that is a sentence of its own speaks for the table; only a bold title line lets the paragraph above speak.
    if (!/^[\s]*(?:\*\*|__)?\s*(?:table|exhibit|figure)\b/i.test(s.text)) break;
  }
  return out;
}

/** The table's one column of amounts: its body cells each one plain figure (or money), its last row a total of them. */
function amountColumn(doc: AnalysedDocument, cells: readonly number[][]): { parts: NumberToken[]; total: NumberToken } | undefined {
  if (cells.length < 4) return undefined;
  const header = cells[0]!.map((i) => doc.segments[i]!);
  const body = cells.slice(1).map((row) => row.map((i) => doc.segments[i]!));
  const last = body[body.length - 1]!;
  const label = last[0]?.text ?? '';
  if (!(TOTAL_LABEL.test(label) || GROUP_ROW.test(label)) || SELECTION_ROW.test(label) || body.slice(0, -1).some((r) => TOTAL_LABEL.test(r[0]?.text ?? ''))) return undefined;
  const found: Array<{ parts: NumberToken[]; total: NumberToken }> = [];
  for (let c = 1; c < header.length; c++) {
    if (NOT_AMOUNTS.test(header[c]!.text)) continue;
    const figures = body.map((r) => {
      const tokens = r[c]?.tokens.filter((t) => !t.yearLike) ?? [];
      return tokens.length === 1 && (tokens[0]!.kind === 'plain' || tokens[0]!.kind === 'currency') && tokens[0]!.style.sign === '' ? tokens[0] : undefined;
    });
    if (figures.some((f) => f === undefined)) continue;
    const all = figures as NumberToken[];
    found.push({ parts: all.slice(0, -1), total: all[all.length - 1]! });
  }
  return found.length === 1 ? found[0] : undefined;
}

/** The one figure of the prose that a total word marks, of the size of the table's total (within a tenth) and not hedged. */
function statedTotal(doc: AnalysedDocument, above: readonly AnalysedSegment[], total: NumberToken): NumberToken | undefined {
  const marked: NumberToken[] = [];
  for (const segment of above) {
    for (const { sentence, tokens } of sentenceTokens(segment)) {
      for (const t of tokens) {
        if (t.yearLike || (t.kind !== 'plain' && t.kind !== 'currency') || t.style.sign !== '') continue;
        const before = doc.text.slice(Math.max(sentence.start, t.start - 40), t.start);
        const after = doc.text.slice(t.end, Math.min(sentence.end, t.end + 30));
        if (!(CUE_BEFORE.test(before) || CUE_AFTER.test(after)) || HEDGED.test(before)) continue;
        marked.push(t);
      }
    }
  }
  if (marked.length !== 1) return undefined;
  const stated = marked[0]!;
  // Of the table's whole, not a figure of another size ("the 12 stations' USD 263.3 million" against a column in thousands).
  return Math.abs(stated.value - total.value) <= 0.1 * total.value ? stated : undefined;
}

/**
 * Judges each prose total against its table's rows: consistent when equal to their sum at its precision (the parts'
 * rounding allowed); otherwise a suggestion to write the sum, which the table's own total row bears out.
 */
export function checkProseTableTotals(context: RuleContext, skip: Pick<ReadonlySet<number>, 'has'>): void {
  // The totals a rule judges: those of its segments (after an edit, its scope; `skip` leaves out the others anyway).
  for (const { stated, parts, tableTotal } of proseTableTotals(context.doc, segmentRange(context))) {
    if (skip.has(stated.start)) continue;
    const sum = parts.reduce((acc, p) => acc + p.value, 0);
    const decimals = Math.max(...parts.map((p) => p.decimals));
    const slack = decimals === 0 ? 0 : parts.reduce((acc, p) => acc + 0.5 * 10 ** -p.decimals, 0.5 * 10 ** -stated.decimals);
    const reason = `total = ${parts.map((p) => formatNumber(p.value, 4)).join(' + ')} = ${formatNumber(sum, 4)} (the table's rows, as its ${tableTotal.text} row says)`;
    if (isConsistentAtPrecision(stated.value, stated.decimals, sum) || Math.abs(stated.value - sum) < slack - 1e-9 || Math.abs(stated.value - sum) < 1e-9) {
      context.verified(stated, reason);
      continue;
    }
    const newText = formatLike(sum, stated, Math.max(decimals, stated.decimals));
    context.report({
      range: { start: stated.start, end: stated.end },
      message: `Total stated as ${stated.text}, but the rows of the table below add up to ${newText}.`,
      stated: stated.text,
      expected: newText,
      reason,
      related: [{ range: { start: tableTotal.start, end: tableTotal.end }, message: `the table's total ${tableTotal.text}` }],
      suggestions: [{ title: `Change the total to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] }],
      data: { parts: parts.map((p) => p.value), sum },
    });
  }
}
