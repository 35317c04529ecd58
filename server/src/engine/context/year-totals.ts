// Reads a share of a year's total stated earlier in the section ("In 2024 the 902 papers split …" … "201 papers, 31.5% of the 2024 total").
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { NumberToken } from '../numbers.js';
import { single, tableView } from './tables.js';

export interface YearTotalShare {
  part: NumberToken;
  stated: NumberToken;
  whole: NumberToken;
}

/** Between a part and its share: "201 papers amount to just", "638 papers were", "128 days,". */
// acc-parts8: also a dash after the part and its year, "enrolled 360 in 2025 — 2.9% of the regional total".
const PART_IS = /^\s*(?:[\p{L}’'-]+,?\s+){0,4}?(?:were|was|is|are|made up|make up|makes up|accounts? for|accounted for|represent(?:s|ed)?|amount(?:s|ed)? to|c(?:a|o)mes? to|or)\s+(?:only\s+|just\s+|exactly\s+)?$|^\s*(?:in\s+(?:19|20)\d{2}\s*)?[—–]\s*$/iu;
/** After the share: "of the 2024 total", "of the combined 2024 total", "of all papers in 2024" is not read. */
const OF_YEAR_TOTAL = /^\s+of\s+(?:the\s+)?(?:combined\s+)?(\d{4})\s+total\b/i;
/** "of the regional total", "of the overall total": a year's total, the year the sentence's own one (acc-parts8). */
const OF_THE_TOTAL = /^\s+of\s+(?:the|that)\s+(?:regional|overall|combined|group)\s+total\b/i;
/** The sentence that states the year's whole: a total word, or a whole that is split ("the 902 papers split like this"). */
const WHOLE_CUE = /\b(?:total(?:led|ed|ling)?|combined|in all|altogether|together|split|broke down|breaks? down)\b/i;
/** "about 900", "over 120": a figure given roughly, whose share cannot be checked to the stated precision. */
const HEDGED = /\b(?:about|around|roughly|nearly|almost|approximately|some|over|more than|under|fewer than|less than|close to|an estimated)\s+$/i;
/** How many segments above the claim, within its section, are searched for the whole. */
const REACH = 8;

/**
 * A part and its share in one sentence, "of the YYYY total", with the whole the one figure of the one sentence earlier in
 * the same section that names that year alone and says it is a total; when two such sentences disagree, nothing.
 */
export function yearTotalShares(doc: AnalysedDocument, segment: AnalysedSegment, sentence: { start: number; end: number }, tokens: readonly NumberToken[]): YearTotalShare[] {
  const out: YearTotalShare[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const [part, stated] = [tokens[i - 1]!, tokens[i]!];
    if (stated.kind !== 'percent' || part.kind !== 'plain' || part.yearLike) continue;
    const following = doc.text.slice(stated.end, Math.min(sentence.end, stated.end + 40));
    const after = OF_YEAR_TOTAL.exec(following);
    const year = after ? Number(after[1]) : OF_THE_TOTAL.test(following) ? oneYear(doc, segment, sentence) : undefined;
    if (year === undefined || !PART_IS.test(doc.text.slice(part.end, stated.start)) || hedged(doc, part)) continue;
    const whole = wholeOfYear(doc, segment, sentence.start, year) ?? tableTotalOfYear(doc, segment, sentence.start, year);
    if (whole && whole.value > part.value) out.push({ part, stated, whole });
  }
  return out;
}

/** The one plain figure of year `year` stated as a total before `before`, in the claim's section; undefined when none or several. */
function wholeOfYear(doc: AnalysedDocument, segment: AnalysedSegment, before: number, year: number): NumberToken | undefined {
  const found: NumberToken[] = [];
  for (let index = segment.index; index >= 0 && index > segment.index - REACH; index--) {
    const s = doc.segments[index]!;
    if (s.kind === 'heading' || s.heading !== segment.heading) break;
    if (s.kind !== 'paragraph') continue;
    for (const sentence of s.sentences) {
      if (sentence.end > before) continue;
      const inside = s.tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
      const years = inside.filter((t) => t.yearLike);
      const figures = inside.filter((t) => !t.yearLike);
      if (years.length !== 1 || years[0]!.value !== year || figures.length !== 1 || figures[0]!.kind !== 'plain') continue;
      if (WHOLE_CUE.test(doc.text.slice(sentence.start, sentence.end)) && !hedged(doc, figures[0]!)) found.push(figures[0]!);
    }
  }
  return found.length > 0 && found.every((f) => f.value === found[0]!.value) ? found[0] : undefined;
}

function hedged(doc: AnalysedDocument, t: NumberToken): boolean {
  return HEDGED.test(doc.text.slice(Math.max(0, t.start - 20), t.start));
}

/** The one year a sentence names. */
function oneYear(doc: AnalysedDocument, segment: AnalysedSegment, sentence: { start: number; end: number }): number | undefined {
  const years = new Set(segment.tokens.filter((t) => t.yearLike && t.start >= sentence.start && t.end <= sentence.end).map((t) => t.value));
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * "| Patients enrolled | 2016 | 2020 | 2025 |" … "| All ten | … | 18,520 |" above in the section: the Total row's cell under
 * the column headed by the year alone, when one table of the section before the claim has one (acc-parts8).
 */
function tableTotalOfYear(doc: AnalysedDocument, segment: AnalysedSegment, before: number, year: number): NumberToken | undefined {
  const found: NumberToken[] = [];
  for (const table of doc.tables) {
    const cells = table.cells.flat();
    const first = doc.segments[cells[0]!]!;
    if (first.heading !== segment.heading || first.start > before) continue;
    const view = tableView(doc, table);
    if (view.totalRow === undefined) continue;
    const columns = view.header.map((h, c) => ({ h, c })).filter(({ h }) => /^[\s*_]*(?:19|20)\d{2}[\s*_]*$/.test(h.text) && h.tokens.some((t) => t.yearLike && t.value === year));
    if (columns.length !== 1) continue;
    const cell = single(view.rows[view.totalRow]![columns[0]!.c]);
    if (cell && cell.kind === 'plain' && !cell.yearLike) found.push(cell);
  }
  return found.length === 1 ? found[0] : undefined;
}
