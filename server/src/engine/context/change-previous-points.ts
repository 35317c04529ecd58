// A difference in points whose earlier share stands in the sentence before (acc-change6): "Northmill's share was 40.0%
// in 2015. By 2020 it had risen to 50.0%, a gain of 12 points." The sentence arrives at its share in a later year and
// states the difference; the sentence before gives one share and one year. Which share the author measured from is a
// reading: a finding carries a suggestion at most.
import type { AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { CHANGE_BEFORE, DECLINE_CUE } from './change-wording.js';

export interface PreviousPoints {
  initial: NumberToken;
  final: NumberToken;
  initialYear: NumberToken;
  finalYear: NumberToken;
  stated: NumberToken;
  points: true;
  decline: boolean;
}

const POINTS_AFTER = /^\s*(?:percentage[- ]points?|pp\b|p\.\s?p\.|points?\b)/i;
const DIRECTION_AFTER = /^\s*(?:percentage[- ]points?|pp|p\.\s?p\.|points?)\s+(higher|lower|more|less|up|down)(?=\s*(?:[.,;:)]|$))/i;
const ARRIVED = /\b(?:to|reached|reaching|at|was|were|is|of)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$/i;
const NAME = /\b\p{Lu}[\p{L}\p{N}’'-]*/gu;
/** Words of the sentence before its share that name no subject of their own. */
const NO_SUBJECT = new Set(['by', 'in', 'it', 'its', 'their', 'they', 'had', 'has', 'have', 'risen', 'fallen', 'rose', 'fell', 'grown', 'grew', 'was', 'were', 'is', 'stood', 'at', 'to', 'reached', 'climbed', 'dropped', 'declined', 'slipped', 'edged', 'increased', 'decreased', 'the', 'this', 'that', 'then', 'later', 'year', 'years', 'decade', 'five', 'ten', 'and', 'so', 'still', 'further', 'up', 'down', 'again', 'figure', 'share', 'same']);

/** After a figure: points per year ("0.9 points a year", "0.9 percentage points annually"). */
const PER_YEAR_POINTS_AFTER = /^\s*(?:percentage\s+)?points?\s+(?:(?:a|per|each)\s+year|annually|yearly)\b/i;

export function previousPointsEndpoint(text: string, _segment: AnalysedSegment, sentence: Span, tokens: readonly NumberToken[], previous: Span | undefined, previousTokens: readonly NumberToken[]): PreviousPoints | undefined {
  if (!previous) return undefined;
  const years = tokens.filter((t) => t.yearLike);
  const percents = tokens.filter((t) => t.kind === 'percent');
  // "…, a gain of 8.3 percentage points over nine years, or an average of 0.9 points a year": the same change per year,
  // after it, is no second difference.
  const plains = tokens.filter((t, i) => !t.yearLike && t.kind !== 'percent' && !(i > 0 && PER_YEAR_POINTS_AFTER.test(text.slice(t.end, t.end + 40)) && tokens.slice(0, i).some((o) => !o.yearLike && o.kind === 'plain')));
  if (years.length !== 1 || percents.length !== 1 || plains.length !== 1) return undefined;
  const [year, value, stated] = [years[0]!, percents[0]!, plains[0]!];
  if (stated.kind !== 'plain' || stated.start < value.end || !POINTS_AFTER.test(text.slice(stated.end, stated.end + 20))) return undefined;
  const otherPercents = previousTokens.filter((t) => t.kind === 'percent');
  const otherYears = previousTokens.filter((t) => t.yearLike);
  if (otherPercents.length !== 1 || otherYears.length !== 1 || previousTokens.length !== 2) return undefined;
  const [other, otherYear] = [otherPercents[0]!, otherYears[0]!];
  if (year.value <= otherYear.value || !ARRIVED.test(text.slice(Math.max(sentence.start, value.start - 30), value.start))) return undefined;
  // The difference is named as one: "up 12 points", "a gain of 12 points", "12 points higher" (not "12 points above Westby's").
  const before = text.slice(Math.max(sentence.start, stated.start - 40), stated.start);
  const direction = DIRECTION_AFTER.exec(text.slice(stated.end, sentence.end));
  if (!CHANGE_BEFORE.test(before) && !direction) return undefined;
  if (/\b(?:than|above|below|against|compared|versus|ahead|behind|would|could|forecast\w*|target\w*|expected)\b/i.test(text.slice(stated.end, sentence.end).replace(DIRECTION_AFTER, ''))) return undefined;
  const source = text.slice(previous.start, previous.end);
  const body = text.slice(sentence.start, sentence.end);
  const lead = /^\s*\S+/.exec(body)?.[0].length ?? 0;
  if ((body.slice(lead).match(NAME) ?? []).some((n) => !source.includes(n))) return undefined;
  const lower = source.toLowerCase();
  for (const w of text.slice(sentence.start, value.start).matchAll(/[\p{L}’'-]+/gu)) {
    const word = w[0].toLowerCase().replace(/[’']s$/, '');
    if (!NO_SUBJECT.has(word) && !lower.includes(word.slice(0, 5))) return undefined;
  }
  const decline = DECLINE_CUE.test(before) || /^(?:lower|less|down|below)$/i.test(direction?.[1] ?? '');
  return { initial: other, final: value, initialYear: otherYear, finalYear: year, stated, points: true, decline };
}
