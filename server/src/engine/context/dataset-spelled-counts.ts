// Counts written as words ("filed eleven patent families", "two hundred and eight scientists", "fifty-two doctoral
// graduates"): the number scanner reads digits and spelled ordinals only, so the dataset linker would never see them.
// Only a spelled count written right before a count measure's phrase is read, and only by the dataset linker: every
// other rule keeps reading digits.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { Dataset } from '../dataset/index.js';
import { plainToken, spelledNumber, type NumberToken } from '../numbers.js';
import { metricOfHeadNoun } from './dataset-head-nouns.js';
import { unitNounMetric } from './link-reading.js';
import { allMatches } from './regex-matches.js';

const SMALL = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\u2010 ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|two|three|four|five|six|seven|eight|nine)`;
/** Two to 999 in words; "one" alone is left out ("one of the", "one institute"), "a/one hundred" kept. */
/** A whole count in words up to 999 ("seventeen", "one hundred and ninety-eight"); read with matchAll only. */
// Not part of a larger number written in words: "eight thousand, seven hundred and forty-three", "two million".
export const SPELLED_COUNT = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?<!\b(?:thousand|million|billion),?\s+(?:(?:and|a|one|two|three|four|five|six|seven|eight|nine|hundred)\s+){0,3})(?:(?:(a|one|two|three|four|five|six|seven|eight|nine)\s+hundred)(?:\s+(?:and\s+)?(${SMALL}))?|(${SMALL}))(?![\p{L}\p{N}-])(?!,?\s+(?:thousand|million|billion)\b)`, 'giu');
/** Between the count and its measure's phrase: nothing, or one word ("eleven new patent families"), never "and/or/of". */
const TO_MEASURE = /^[ \u00a0]+(?:(?!(?:and|or|of|in|at|for|to|from|with)[ \u00a0])[\p{Ll}-]+[ \u00a0]+)?$/u;
/** Between a measure's phrase and the count after it: "a staff of two hundred and eight", "doctorates numbered fifty-two". */
const FROM_MEASURE = /^[ \u00a0]+(?:of|numbered|totall?ed|stood[ \u00a0]+at|reached|came[ \u00a0]+to|was|were)[ \u00a0]+$/u;
/** A measure's phrase that modifies a noun after it ("satellite institutes") is not the measure counted. */
const NOUN_AFTER = /^[ \u00a0-]+\p{Ll}[\p{L}-]*s\b/u;
/** A cheap test that a text may hold a count in words. */
export const HINT = /(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty\b|ty-|hundred)/i;

/** The value of a SPELLED_COUNT match. */
export function valueOf(m: RegExpMatchArray): number | undefined {
  if (m[3] !== undefined) return spelledNumber(m[3].replace(/\s+/, '-'));
  const hundreds = /^(?:a|one)$/i.test(m[1]!) ? 1 : spelledNumber(m[1]!);
  if (hundreds === undefined) return undefined;
  const rest = m[2] !== undefined ? spelledNumber(m[2].replace(/\s+/, '-')) : 0;
  return rest === undefined ? undefined : hundreds * 100 + rest;
}

/** Before a count in words: a word that makes it the size of a set referred to ("the two groups", "these three"). */
const SET_BEFORE = /(?<![\p{L}])(?:the|these|those|both|all|its|their|our|such|other|remaining)[ \u00a0]+$/iu;

/** A count in words followed by the year it is stated for: "having filed seventeen in 2024", "and seven in 2016". */
const YEAR_AFTER = /^[ \u00a0]+in[ \u00a0]+(?:19|20)\d{2}\b/u;

/**
 * Spelled counts of a prose segment in the places where a count in digits is read by its measure's words: right before
 * the phrase of one of the dataset's count measures, or after it ("a staff of two hundred and eight" by the head noun of
 * one count measure's phrases; "ran twenty trials" by the noun of one measure named nearby), or, in a paragraph that
 * names a count measure, with the year it is stated for ("filed seventeen in 2024"). The dataset linker then reads each
 * as it reads a digit, and a wrong one gets its digits as a suggestion only (acc-dv9).
 */
export function spelledCounts(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment): NumberToken[] {
  if (segment.kind === 'cell' || !HINT.test(segment.text)) return [];
  const counts = segment.metrics.filter((m) => dataset.metrics.get(m.id)?.unit === 'count');
  const found: NumberToken[] = [];
  for (const m of allMatches(SPELLED_COUNT, segment.text)) {
    const start = segment.start + m.index!;
    const end = start + m[0].length;
    const at = (x: number) => x - segment.start;
    const value = valueOf(m);
    if (value === undefined || value < 2) continue;
    // "the two groups overlap", "these three schemes": a set named by its size, referred to, not a measure's value.
    if (SET_BEFORE.test(segment.text.slice(Math.max(0, at(start) - 12), at(start)))) continue;
    const token = plainToken(start, end, m[0], value, true);
    // ("eight bike-share schemes": a measure's word that opens a compound names no measure.)
    const before = counts.some((x) => x.start >= end && TO_MEASURE.test(segment.text.slice(at(end), at(x.start))) && !NOUN_AFTER.test(segment.text.slice(at(x.end), at(x.end) + 30)) && !/^[-\u2010\u2011]\p{L}/u.test(segment.text.slice(at(x.end), at(x.end) + 2)));
    const after = counts.some((x) => x.end <= start && FROM_MEASURE.test(segment.text.slice(at(x.end), at(start))) && !/^[ \u00a0]+\p{L}/u.test(segment.text.slice(at(end), at(end) + 3)));
    const rest = { start: segment.start, end: segment.start + segment.text.length };
    const byNoun = () => metricOfHeadNoun(dataset, doc.text, token, rest) !== undefined || unitNounMetric(doc, dataset, segment, token, rest) !== undefined;
    const dated = () => counts.length > 0 && YEAR_AFTER.test(segment.text.slice(at(end), at(end) + 12));
    if (before || after || byNoun() || dated()) found.push(token);
  }
  return found;
}

/**
 * "from one satellite in orbit at the end of 2016 to four at the end of 2025": both endpoints of a change in words (acc-chg8).
 * Read for the growth statements only, and only as a pair after "from … to": "one" alone names nothing there but a count.
 */
const SPELLED_ENDPOINTS = new RegExp(String.raw`\bfrom\s+(one|${SMALL})(?:\s+[\p{L}’'-]+){0,4}?(?:\s+(?:in|at\s+the\s+(?:end|close|start)\s+of)\s+(?:19|20)\d{2})?,?\s+to\s+(one|${SMALL})(?![\p{L}\p{N}-])`, 'giu');

/** After a spelled endpoint: a scale, a fraction, a ratio or a percent makes it no plain count ("two million", "one in five", "two thirds"). */
const NOT_A_COUNT_AFTER = /^(?:[\s\u00a0-]+(?:million|billion|thousand|hundred|dozen|per\s*cent|percent|times|fold|in\s+(?!(?:19|20)\d{2})[\p{L}\p{N}]|out\s+of|of\s+(?:the|every|each|its|their|our|them|these|those)\b|(?:halves|half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b)|\s*%)/iu;

export function spelledEndpoints(text: string, sentence: Span, tokens: NumberToken[]): NumberToken[] {
  const body = text.slice(sentence.start, sentence.end);
  if (!/\bfrom\s/i.test(body) || !HINT.test(body) && !/\bone\b/i.test(body)) return tokens;
  const added: NumberToken[] = [];
  for (const m of allMatches(SPELLED_ENDPOINTS, body)) {
    const initial = sentence.start + m.index! + m[0].indexOf(m[1]!, 4);
    const final = sentence.start + m.index! + m[0].length - m[2]!.length;
    const a = spelledNumber(m[1]!.replace(/\s+/, '-'));
    const b = spelledNumber(m[2]!.replace(/\s+/, '-'));
    if (a === undefined || b === undefined || NOT_A_COUNT_AFTER.test(text.slice(initial + m[1]!.length, initial + m[1]!.length + 20)) || NOT_A_COUNT_AFTER.test(text.slice(final + m[2]!.length, final + m[2]!.length + 20))) continue;
    added.push(plainToken(initial, initial + m[1]!.length, m[1]!, a, true), plainToken(final, final + m[2]!.length, m[2]!, b, true));
  }
  return added.length === 0 ? tokens : [...tokens, ...added].sort((x, y) => x.start - y.start);
}
