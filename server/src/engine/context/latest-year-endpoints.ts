// A change whose final value is said of "last year" (acc-chg13): "ASOI published 603 papers in 2016; last year the
// count was 1,178, up 85% over the period." / "In 2016 we published 603 papers. Last year it was 1,178, so output has
// nearly doubled, up 85%." The start is a value with its own year, before "last year" in the sentence or alone in the
// sentence before; the end the one value right after "last year" and a verb of being or counting, nothing between
// naming another subject. The end's year is not written, so only the change and the multiple are read (a rate needs
// the years), and a finding carries a suggestion at most.
import type { AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { CHANGE_AFTER, CHANGE_BEFORE, DECLINE_CUE, OTHER_PERIOD_AFTER, rateReading } from './change-wording.js';
import { statedMultiples, type StatedMultiple } from './growth.js';
import { unitWordAfter } from './unit-words.js';

export interface LatestYearEndpoint {
  initial: NumberToken;
  final: NumberToken;
  initialYear: NumberToken;
  finalYear?: undefined;
  stated?: NumberToken;
  multiple?: StatedMultiple;
  rate?: undefined;
  decline: boolean;
}

const LATEST = /\b(?:last|this)\s+year\b|\bin\s+the\s+(?:latest|most\s+recent)\s+year\b/i;
/** Between "last year" and the final value: pronouns, generic measure words and a verb of being or counting. */
const LINK_WORDS = new Set(['the', 'it', 'they', 'we', 'our', 'its', 'their', 'this', 'that', 'count', 'figure', 'number', 'total', 'tally', 'output', 'was', 'were', 'is', 'had', 'has', 'stood', 'at', 'reached', 'came', 'to', 'rose', 'risen', 'grew', 'grown', 'climbed', 'fell', 'fallen', 'dropped', 'published', 'recorded', 'logged', 'produced', 'totalled', 'totaled', 'numbered', 'hit', 'already', 'just', 'some', 'about', 'nearly', 'almost', 'then', 'alone', 'and', 'so']);
/** The value's own year: "603 papers in 2016", "603 (2016)". */
const OWN_YEAR = /^(?:\s+[\p{L}’'-]+){0,3}?\s+(?:in|during)\s+$|^\s*\(\s*$/u;
/** "In 2016 we published 603 papers": a year that opens the sentence, before its one value. */
const OPENING_YEAR = /^[\s*_>-]*(?:in|during|back\s+in)\s+$/i;
const NOT_A_UNIT = new Set(['in', 'of', 'the', 'and', 'to', 'from', 'up', 'down', 'a', 'an', 'on', 'at', 'by', 'or', 'for', 'as', 'than', 'with', 'over', 'between', 'since', 'when', 'while', 'so', 'last', 'this']);
const NAME = /\b\p{Lu}[\p{L}\p{N}’'-]*/gu;
const GROWTH_MULTIPLE = /(?:doubled|tripled|trebled|quadrupled|quintupled|sextupled|halved|fold|times\s+over)$/i;

const noun = (text: string, t: NumberToken): string | undefined => unitWordAfter(text, t, NOT_A_UNIT);

const isValue = (t: NumberToken) => !t.yearLike && t.kind !== 'percent' && t.kind !== 'ordinal';

/** A value paired with its one year in `span`: the only value and the only year of the span. */
function pairIn(text: string, span: Span, tokens: readonly NumberToken[]): { value: NumberToken; year: NumberToken } | undefined {
  const values = tokens.filter(isValue);
  const years = tokens.filter((t) => t.yearLike);
  if (values.length !== 1 || years.length !== 1 || tokens.some((t) => t.kind === 'percent' || t.kind === 'ordinal')) return undefined;
  const [value, year] = [values[0]!, years[0]!];
  const after = year.start > value.end && OWN_YEAR.test(text.slice(value.end, year.start));
  const opening = year.end < value.start && OPENING_YEAR.test(text.slice(span.start, year.start));
  return after || opening ? { value, year } : undefined;
}

export function latestYearEndpoint(text: string, segment: AnalysedSegment, sentence: Span, tokens: readonly NumberToken[], previous: Span | undefined, previousTokens: readonly NumberToken[]): LatestYearEndpoint | undefined {
  void segment;
  const body = text.slice(sentence.start, sentence.end);
  const latest = LATEST.exec(body);
  if (!latest) return undefined;
  const at = sentence.start + latest.index;
  const atEnd = at + latest[0].length;
  // The start: before "last year" in the sentence, or the sentence before when the sentence holds nothing before it.
  const before = tokens.filter((t) => t.end <= at);
  const start = before.length > 0 ? pairIn(text, { start: sentence.start, end: at }, before) : previous ? pairIn(text, previous, previousTokens) : undefined;
  if (!start) return undefined;
  const source = before.length > 0 ? text.slice(sentence.start, at) : text.slice(previous!.start, previous!.end);
  // The end: the first value after "last year", with only link words between.
  const after = tokens.filter((t) => t.start >= atEnd);
  if (after.some((t) => t.yearLike || t.kind === 'ordinal')) return undefined;
  const final = after.find(isValue);
  if (!final || final.kind !== start.value.kind || final.scale !== start.value.scale || final.currency !== start.value.currency) return undefined;
  if (after.filter(isValue).length !== 1 || after.some((t) => t.start < final.start)) return undefined;
  const a = noun(text, start.value);
  const verb = /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, start.value.start - 30), start.value.start))?.[1]?.toLowerCase();
  const link = text.slice(atEnd, final.start).toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
  if (!link.every((w) => LINK_WORDS.has(w) || w === verb || (a !== undefined && w.replace(/s$/, '') === a))) return undefined;
  const b = noun(text, final);
  if (a !== undefined && b !== undefined && a !== b) return undefined;
  // Every name after "last year" stands before it.
  if ((text.slice(atEnd, sentence.end).match(NAME) ?? []).some((n) => !source.includes(n))) return undefined;
  // What is stated of the pair: one change after the final value, and at most one growth multiple.
  const percents = after.filter((t) => t.kind === 'percent');
  if (percents.length > 1) return undefined;
  let stated: NumberToken | undefined;
  if (percents.length === 1) {
    const p = percents[0]!;
    const lead = text.slice(Math.max(final.end, p.start - 50), p.start);
    const tail = text.slice(p.end, Math.min(sentence.end, p.end + 40));
    if (rateReading(lead, tail) || OTHER_PERIOD_AFTER.test(tail)) return undefined;
    if (!CHANGE_BEFORE.test(lead) && !CHANGE_AFTER.test(tail)) return undefined;
    stated = p;
  }
  const multiples = statedMultiples(text, { start: final.end, end: sentence.end }).filter((m) => GROWTH_MULTIPLE.test(m.text));
  if (multiples.length > 1) return undefined;
  const multiple = multiples[0];
  if (!stated && !multiple) return undefined;
  const decline = stated !== undefined && DECLINE_CUE.test(text.slice(final.end, stated.start));
  return { initial: start.value, final, initialYear: start.year, ...(stated ? { stated } : {}), ...(multiple ? { multiple } : {}), decline };
}
