// Finds growth statements ("from 287 publications in 2015 to 638 in 2024 (+122%; CAGR +9.3%)") and their stated rates.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { itemsWithin, sentenceTokens } from './spans.js';

export { inSpan, sentenceOf } from './spans.js';

export interface YearEvidence {
  from: number;
  to: number;
  /** Where the years were read: the statement itself, its sentence, an earlier statement of the paragraph, or a heading. */
  source: 'statement' | 'sentence' | 'paragraph' | 'heading';
  spans: Span[];
}

export interface GrowthStatement {
  segment: AnalysedSegment;
  sentence: Span;
  initial: NumberToken;
  final: NumberToken;
  initialYear?: NumberToken;
  finalYear?: NumberToken;
  years?: YearEvidence;
  /** Percent tokens read as a compound annual growth rate of this statement. */
  cagr: NumberToken[];
  /** Percent tokens read as the overall percent change of this statement. */
  change: NumberToken[];
  /** Whether the sentence calls the figures combined / total (a candidate for the total rule). */
  combined: boolean;
}

const FROM_TO = /\bfrom\s+$/i;
const BETWEEN_ENDPOINTS = /^(?:\s+[\p{L}’'-]+){0,4}?(?:\s+in\s+(\d{4}))?\s+to\s+$/u;
const AFTER_FINAL = /^(?:\s+[\p{L}’'-]+){0,3}?\s+in\s+(\d{4})\b/u;
const CAGR_CUE = /\b(?:CAGR|compound annual growth(?: rate)?|compound(?:ed)? annual(?:ly)?|annuali[sz]ed growth|average annual growth(?: rate)?)\b[^.;()]{0,20}$/i;
const CHANGE_CUE = /(?:\b(?:up|down|rise|rose|risen|grew|growth|increase[sd]?|decrease[sd]?|decline[sd]?|fell|fallen|drop(?:ped)?|jump(?:ed)?|change[sd]?|gain(?:ed)?|by)\s+(?:of\s+|by\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?)$/i;
const LEADS_INTO = /^\s*(?:[\p{L}’'-]+\s+){0,3}from\s+$/u;
const COMBINED = /\b(?:combined|in total|total(?:led)?|together|altogether|overall|aggregate[sd]?|sum(?:med)?)\b/i;

const cache = new WeakMap<AnalysedDocument, GrowthStatement[]>();

export function absoluteSentences(segment: AnalysedSegment): Span[] {
  return segment.sentences;
}

export function growthStatements(doc: AnalysedDocument): GrowthStatement[] {
  let found = cache.get(doc);
  if (!found) {
    found = doc.segments.flatMap((s) => (s.kind === 'paragraph' || s.kind === 'cell' ? statementsIn(doc, s) : []));
    resolveYears(doc, found);
    cache.set(doc, found);
  }
  return found;
}

function isQuantity(t: NumberToken): boolean {
  return !t.yearLike && t.kind !== 'ordinal' && t.kind !== 'percent';
}

function statementsIn(doc: AnalysedDocument, segment: AnalysedSegment): GrowthStatement[] {
  const statements: GrowthStatement[] = [];
  if (!/\bfrom\b/i.test(segment.text)) return statements;
  const text = doc.text;
  for (const { sentence, tokens } of sentenceTokens(segment)) {
    const inSentence: GrowthStatement[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const initial = tokens[i]!;
      if (!(isQuantity(initial) || initial.kind === 'percent') || !FROM_TO.test(text.slice(Math.max(sentence.start, initial.start - 8), initial.start))) continue;
      // The final value is the next token of the same kind that is not a year.
      const final = tokens.slice(i + 1).find((t) => !t.yearLike && t.kind === initial.kind);
      if (!final) continue;
      const between = text.slice(initial.end, final.start);
      const endpoints = BETWEEN_ENDPOINTS.exec(between);
      if (!endpoints) continue;
      const initialYear = endpoints[1] ? tokens.find((t) => t.yearLike && t.start > initial.end && t.end <= final.start) : undefined;
      const after = AFTER_FINAL.exec(text.slice(final.end, sentence.end));
      const finalYear = after ? tokens.find((t) => t.yearLike && t.start > final.end && t.start - final.end <= after[0].length) : undefined;
      inSentence.push({ segment, sentence, initial, final, initialYear, finalYear, cagr: [], change: [], combined: COMBINED.test(text.slice(sentence.start, initial.start)) });
      i = tokens.indexOf(final);
    }
    if (inSentence.length === 0) continue;
    // Each stated rate belongs to the nearest statement before it (or the first, when it comes before all of them).
    const endpoints = new Set(inSentence.flatMap((s) => [s.initial, s.final]));
    let last = -1;
    for (const t of tokens) {
      if (t.kind !== 'percent' || endpoints.has(t)) continue;
      while (last + 1 < inSentence.length && inSentence[last + 1]!.final.end <= t.start) last++;
      // A rate before every statement belongs to the first only when it leads straight into it ("rose 122% from 287 …").
      const owner = last >= 0 ? inSentence[last] : LEADS_INTO.test(text.slice(t.end, inSentence[0]!.initial.start)) ? inSentence[0] : undefined;
      if (!owner) continue;
      const before = text.slice(Math.max(sentence.start, t.start - 40), t.start);
      if (CAGR_CUE.test(before)) owner.cagr.push(t);
      else if (t.style.sign === '+' || CHANGE_CUE.test(before) || /^\(\s*$/.test(text.slice(owner.final.end, t.start).replace(/^[^(]*/, ''))) owner.change.push(t);
    }
    statements.push(...inSentence);
  }
  return statements;
}

/** Years of each statement: its own, else a span in its sentence, else an earlier statement's in the paragraph, else a heading's period. */
function resolveYears(doc: AnalysedDocument, statements: GrowthStatement[]): void {
  let previous: GrowthStatement | undefined;
  for (const s of statements) {
    if (s.initialYear && s.finalYear) {
      s.years = { from: s.initialYear.value, to: s.finalYear.value, source: 'statement', spans: [s.initialYear, s.finalYear] };
    } else {
      const range = itemsWithin(s.segment.ranges, s.sentence).find((r) => r.from.yearLike && r.to.yearLike);
      if (range) s.years = { from: range.from.value, to: range.to.value, source: 'sentence', spans: [range] };
      else if (previous?.segment === s.segment && previous.years && previous.years.source !== 'heading') {
        s.years = { ...previous.years, source: 'paragraph' };
      } else {
        const heading = headingPeriod(doc, s.segment);
        if (heading) s.years = heading;
      }
    }
    previous = s;
  }
}

/** The nearest heading above (or a table's caption) that states a period such as "(2015–2024)". */
export function headingPeriod(doc: AnalysedDocument, segment: AnalysedSegment): YearEvidence | undefined {
  for (let h = segment.heading; h !== undefined; h = doc.segments[h]!.heading) {
    const heading = doc.segments[h]!;
    const range = heading.ranges.find((r) => r.from.yearLike && r.to.yearLike);
    if (range) return { from: range.from.value, to: range.to.value, source: 'heading', spans: [range] };
  }
  return undefined;
}
