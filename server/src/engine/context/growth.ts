// Finds growth statements ("from 287 publications in 2015 to 638 in 2024 (+122%; CAGR +9.3%)") and their stated rates.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';

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
  /** Rates stated only "per year" / "a year" / "average annual": compound by convention, so their fix is a suggestion. */
  conventionalRates: Set<NumberToken>;
  /** Rates and changes whose own clause says the value fell ("a compound annual decline of 5.4%", "fell by 20%"). */
  declines: Set<NumberToken>;
  /** Percent tokens read as the overall percent change of this statement. */
  change: NumberToken[];
  /** Whether the sentence calls the figures combined / total (a candidate for the total rule). */
  combined: boolean;
}

const FROM_TO = /\bfrom\s+$/i;
const BETWEEN_ENDPOINTS = /^(?:\s+[\p{L}’'-]+){0,4}?(?:\s+in\s+(\d{4}))?\s+to\s+$/u;
const AFTER_FINAL = /^(?:\s+[\p{L}’'-]+){0,3}?\s+in\s+(\d{4})\b/u;
const CAGR_CUE = /\b(?:CAGR|compound annual (?:growth|decline|change)(?: rate)?|compound(?:ed)? annual(?:ly)?(?: rate)?|annuali[sz]ed(?: growth| decline| rate)?|average annual (?:growth |decline |change )?rate|average annual (?:growth|decline|increase)|(?:annual|yearly) (?:growth|decline) rate)\b[^.;()]{0,20}$/i;
/** An explicitly compound rate: its fix is certain. */
const COMPOUND_CUE = /\b(?:CAGR|compound|compounded|annuali[sz]ed)\b/i;
/** A rate named after its value: "5.5% per year", "4% a year", "3% annually", "2% p.a.". */
const PER_YEAR_AFTER = /^\s*(?:a|per|each|every)\s+year\b|^\s*per\s+annum\b|^\s*annually\b|^\s*p\.\s?a\.|^\s*\/\s*(?:yr|year)\b|^\s*(?:on average )?(?:a|per) year\b|^\s*year[- ]on[- ]year\b/i;
/** Words of a fall in the clause before a rate or change. */
const DECLINE_CUE = /\b(?:declin\w*|decreas\w*|fell|fall(?:en|ing|s)?|drop(?:ped|s)?|contract\w*|shr[ai]nk\w*|shrunk|down|lower|los[st]|reduc\w*|slump\w*|negative)\b/i;
/** Clause boundaries inside a sentence: two statements joined by "; ", ", and", ", but", ", while", "whereas". */
const CLAUSE_BREAK = /;\s*|,\s+(?:and|but|while|whereas|yet|with)\s+|\s+(?:while|whereas)\s+|\s+and\s+(?=[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,4}\s+(?:rose|grew|fell|dropped|declined|climbed|increased|decreased|went|jumped|slipped|expanded|shrank|more than|nearly|almost)\b)/giu;
const CHANGE_CUE = /(?:\b(?:up|down|rise|rose|risen|grew|growth|increase[sd]?|decrease[sd]?|decline[sd]?|fell|fallen|drop(?:ped)?|jump(?:ed)?|change[sd]?|gain(?:ed)?|by)\s+(?:of\s+|by\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?)$/i;
const LEADS_INTO = /^,?\s*(?:[\p{L}’'-]+,?\s+){0,3}from\s+$/u;
const COMBINED = /\b(?:combined|in total|total(?:led)?|together|altogether|overall|aggregate[sd]?|sum(?:med)?)\b/i;

const cache = new WeakMap<AnalysedDocument, GrowthStatement[]>();

export function sentenceOf(segment: AnalysedSegment, offset: number): Span {
  return segment.sentences.find((s) => s.start <= offset && offset < s.end) ?? { start: segment.start, end: segment.end };
}

export function absoluteSentences(segment: AnalysedSegment): Span[] {
  return segment.sentences;
}

export function inSpan(span: Span, token: Span): boolean {
  return token.start >= span.start && token.end <= span.end;
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

/** The clause of a sentence that holds `offset`: the text between the clause breaks around it. */
export function clauseOf(text: string, sentence: Span, offset: number): Span {
  let start = sentence.start;
  let end = sentence.end;
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + m.index!;
    if (at + m[0].length <= offset) start = at + m[0].length;
    else if (at >= offset) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** "to 2000 in 2020": a year-shaped number is a quantity when it ends the statement and a year follows it. */
function isFinalQuantity(text: string, initial: NumberToken, t: NumberToken, sentenceEnd: number): boolean {
  if (t.kind !== initial.kind) return false;
  if (!t.yearLike) return true;
  return !initial.yearLike && /\s+to\s+$/.test(text.slice(initial.end, t.start).slice(-6)) && AFTER_FINAL.test(text.slice(t.end, sentenceEnd));
}

function statementsIn(doc: AnalysedDocument, segment: AnalysedSegment): GrowthStatement[] {
  const statements: GrowthStatement[] = [];
  if (!/\bfrom\b/i.test(segment.text)) return statements;
  const text = doc.text;
  for (const sentence of absoluteSentences(segment)) {
    const tokens = segment.tokens.filter((t) => inSpan(sentence, t));
    const inSentence: GrowthStatement[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const initial = tokens[i]!;
      if (!(isQuantity(initial) || initial.kind === 'percent') || !FROM_TO.test(text.slice(Math.max(sentence.start, initial.start - 8), initial.start))) continue;
      // The final value is the next token of the same kind that is not a year (or a year-shaped quantity: "to 2000 in 2020").
      const final = tokens.slice(i + 1).find((t) => isFinalQuantity(text, initial, t, sentence.end));
      if (!final) continue;
      const between = text.slice(initial.end, final.start);
      const endpoints = BETWEEN_ENDPOINTS.exec(between);
      if (!endpoints) continue;
      const initialYear = endpoints[1] ? tokens.find((t) => t.yearLike && t.start > initial.end && t.end <= final.start) : undefined;
      const after = AFTER_FINAL.exec(text.slice(final.end, sentence.end));
      const finalYear = after ? tokens.find((t) => t !== final && t.yearLike && t.start > final.end && t.start - final.end <= after[0].length) : undefined;
      inSentence.push({ segment, sentence, initial, final, initialYear, finalYear, cagr: [], change: [], conventionalRates: new Set(), declines: new Set(), combined: COMBINED.test(text.slice(sentence.start, initial.start)) });
      i = tokens.indexOf(final);
    }
    if (inSentence.length === 0) continue;
    for (const t of tokens) {
      if (t.kind !== 'percent' || inSentence.some((s) => s.initial === t || s.final === t)) continue;
      const owner = ownerOf(text, sentence, t, inSentence, tokens);
      if (!owner) continue;
      const clause = clauseOf(text, sentence, t.start);
      const before = text.slice(Math.max(clause.start, t.start - 40), t.start);
      const after = text.slice(t.end, Math.min(clause.end, t.end + 30));
      if (DECLINE_CUE.test(text.slice(clause.start, t.start)) || DECLINE_CUE.test(after.slice(0, 12))) owner.declines.add(t);
      if (CAGR_CUE.test(before)) {
        owner.cagr.push(t);
        if (!COMPOUND_CUE.test(before)) owner.conventionalRates.add(t);
      } else if (PER_YEAR_AFTER.test(after)) {
        // "5.5% per year" is an annual rate, never the total change.
        owner.cagr.push(t);
        owner.conventionalRates.add(t);
      } else if (t.style.sign === '+' || CHANGE_CUE.test(before) || /^\(\s*$/.test(text.slice(owner.final.end, t.start).replace(/^[^(]*/, ''))) owner.change.push(t);
    }
    statements.push(...inSentence);
  }
  return statements;
}

/**
 * The statement a rate belongs to: one in the rate's own clause (the nearest ending before it, else the one it
 * leads into: "fell by 20%, from 210 to 168"); in a clause without a statement, the nearest before it only when
 * the clause holds no other number ("…, and its CAGR was 9.3%"). None when in doubt.
 */
function ownerOf(text: string, sentence: Span, t: NumberToken, statements: GrowthStatement[], tokens: NumberToken[]): GrowthStatement | undefined {
  const clause = clauseOf(text, sentence, t.start);
  const own = statements.filter((s) => inSpan(clause, s.initial) && inSpan(clause, s.final));
  const before = [...own].reverse().find((s) => s.final.end <= t.start);
  if (before) return before;
  const leads = own.find((s) => s.initial.start > t.end && LEADS_INTO.test(text.slice(t.end, s.initial.start)));
  if (leads) return leads;
  if (own.length > 0) return undefined;
  const others = tokens.filter((o) => o !== t && !o.yearLike && inSpan(clause, o));
  if (others.length > 0) return undefined;
  const nearest = [...statements].reverse().find((s) => s.final.end <= t.start);
  if (nearest) return nearest;
  return LEADS_INTO.test(text.slice(t.end, statements[0]!.initial.start)) ? statements[0] : undefined;
}

/** Years of each statement: its own, else a span in its sentence, else an earlier statement's in the paragraph, else a heading's period. */
function resolveYears(doc: AnalysedDocument, statements: GrowthStatement[]): void {
  let previous: GrowthStatement | undefined;
  for (const s of statements) {
    if (s.initialYear && s.finalYear) {
      s.years = { from: s.initialYear.value, to: s.finalYear.value, source: 'statement', spans: [s.initialYear, s.finalYear] };
    } else {
      const range = s.segment.ranges.find((r) => inSpan(s.sentence, r) && r.from.yearLike && r.to.yearLike);
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
