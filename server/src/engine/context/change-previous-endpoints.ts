// A change whose other endpoint stands in the sentence before: "Ferry crossings were 200 in 2015. By 2020 they had
// risen to 250, an increase of 30%." / "We published 800 papers in 2025. Over the decade output is up 58.7% from 538
// papers in 2016." Which figure the author measured from is a reading: the statement's fix is only a suggestion.
import type { AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { CHANGE_AFTER, CHANGE_BEFORE, DECLINE_CUE, rateReading } from './change-wording.js';
import { namesOtherSubjectBetween, otherMeasureBetween } from './rate-guards.js';
import { NOT_A_UNIT, unitWordAfter } from './unit-words.js';
import { GROWTH_MULTIPLE } from './change-since-when.js';
import { MONTH, MONTH_NAME } from './dataset-stock-years.js';
import { statedMultiples, type StatedMultiple } from './growth.js';

export interface PreviousEndpoint {
  initial: NumberToken;
  final: NumberToken;
  initialYear: NumberToken;
  finalYear: NumberToken;
  stated: NumberToken;
  rate?: 'compound' | 'conventional';
  decline: boolean;
}

/** The value is where the sentence arrived: "to 250", "reached 250", "stood at 250", "were 250". */
const ARRIVED = /\b(?:to|reached|reaching|at|was|were|had|of)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$/i;
/** The value is where the sentence set out from: "up 58.7% from 538", "a rise on the 752", "26.3% fewer than the 83,610". */
const SET_OUT = /\b(?:from|on|than)\s+(?:the\s+)?$/i;
const NAME = /\b\p{Lu}[\p{L}\p{N}’'-]*/gu;
/** Words that name no subject: function words, pronouns, time words and the verbs of a change. */
const NO_SUBJECT = new Set(['by', 'in', 'over', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'they', 'their', 'them', 'then', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'been', 'be', 'risen', 'rose', 'grown', 'grew', 'fallen', 'fell', 'reached', 'climbed', 'dropped', 'declined', 'increased', 'decreased', 'up', 'down', 'to', 'at', 'of', 'and', 'so', 'still', 'also', 'decade', 'period', 'years', 'year', 'same', 'since', 'time', 'later', 'end', 'whole', 'full', 'overall', 'total', 'all', 'stood', 'just', 'only', 'about', 'some', 'nearly', 'almost', 'roughly', 'around', 'or', 'from', 'on', 'which', 'is', 'an', 'increase', 'rise', 'gain', 'drop', 'fall', 'decline', 'growth', 'one', 'ten', 'five', 'nine', 'eight', 'six', 'seven', 'four', 'three', 'two', 'last', 'next', 'first', 'compound', 'compounded', 'rate', 'average', 'annual', 'that’s', "that's", 'figure', 'count', 'number', 'tally', 'level', 'back']);

function nounNamedIn(text: string, segment: AnalysedSegment, t: NumberToken, other: Span): boolean {
  const word = noun(text, t)!;
  if (text.slice(other.start, other.end).toLowerCase().includes(word.slice(0, 5))) return true;
  const own = segment.metrics.find((m) => m.start >= t.end && m.start <= t.end + 2);
  return own !== undefined && segment.metrics.some((m) => m.id === own.id && m.start >= other.start && m.end <= other.end);
}

/** Every word of the sentence before its value names what the sentence before names: a word of it, or the same metric. */
function sameSubject(text: string, segment: AnalysedSegment, sentence: Span, value: Span, previous: Span): boolean {
  const source = text.slice(previous.start, previous.end).toLowerCase();
  const previousMetrics = new Set(segment.metrics.filter((m) => m.start >= previous.start && m.end <= previous.end).map((m) => m.id));
  const ownMetrics = segment.metrics.filter((m) => m.start >= sentence.start && m.end <= value.start && previousMetrics.has(m.id));
  for (const m of text.slice(sentence.start, value.start).matchAll(/[\p{L}’'-]+/gu)) {
    const at = sentence.start + m.index!;
    const word = m[0].toLowerCase().replace(/[’']s$/, '');
    if (NO_SUBJECT.has(word) || MONTH_NAME.test(m[0]) || source.includes(word.slice(0, 5))) continue;
    if (ownMetrics.some((x) => x.start <= at && at < x.end)) continue;
    return false;
  }
  return true;
}

/** The word after a one-word modifier: "800 peer-reviewed papers" → "paper" (compared with "538 papers"). */
function headNoun(text: string, t: NumberToken): string | undefined {
  const w = /^\s+[\p{L}-]+\s+([\p{L}-]+)/u.exec(text.slice(t.end, t.end + 40))?.[1]?.toLowerCase();
  return w && !NOT_A_UNIT.has(w) ? w.replace(/s$/, '') : undefined;
}

const THAT_FIGURE = /\b(?:that|this|the\s+same|the)\s+(?:figure|number|count|total|tally)\s+(?:was|were|is|had\s+(?:risen|grown|fallen|climbed|reached)\s+to|stood\s+at|reached|rose\s+to|grew\s+to|fell\s+to)\s+$/i;

/** The word right before a value, when it is a verb of the past ("carried 638", "published 726"). */
function verbBefore(text: string, t: NumberToken): string | undefined {
  const w = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, t.start - 30), t.start))?.[1]?.toLowerCase();
  return w && /(?:ed|ght|ew|ote|ade|ent|ld|ad|ook|ave|ot|old)$/.test(w) && !NO_SUBJECT.has(w) ? w : undefined;
}

/** Before a bare value: a plural or demonstrative pronoun that stands for the count before ("they had fallen to", "that was down to"). */
const REFERRING_SUBJECT = /(?:^|[\s,;])(?:they|that|this|these|those)\s+(?:(?:had|has|have|was|were|is|are)\s+)?(?:(?:been\s+)?(?:down|up|back)\s+to|(?:risen|grown|fallen|climbed|dropped|declined|shrunk|rose|grew|fell|shrank)\s+to|(?:reached|stood\s+at))\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$/i;

const MONTH_AFTER = new RegExp(String.raw`^\s+${MONTH}\b`);
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH}\s+$`);

/** A day of a date ("by 31 December 2024", "on December 31, 2024"), no value. */
function dayOfMonth(text: string, t: NumberToken): boolean {
  return t.kind === 'plain' && t.value >= 1 && t.value <= 31 && Number.isInteger(t.value) && (MONTH_AFTER.test(text.slice(t.end, t.end + 12)) || MONTH_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)));
}

/** After a round figure passed, no value of the count: "the first time it has gone past the 50,000 mark". */
const MARK_AFTER = /^\s*(?:mark|threshold|barrier|milestone)\b/i;

/** A sentence that opens by referring back to the figure before: "That is 26.3% fewer than the 83,610 of 2015". */
const THAT_IS_OPENING = /^[\s*_>-]*(?:that|this)(?:\s+(?:is|was)|['’]s)\s+(?:\S+\s+)?$/i;

/** Right after a change, the comparative that sets it against a value named after it. */
const COMPARATIVE_AFTER = /^\s+(more|fewer|less|higher|lower)\s+than\s/i;

/** A dash that opens an aside after a change. */
const DASH_ASIDE = /\s[—–]\s|—/;

/** Before the year of a value the sentence looks back to: "Back in 2015 it carried 40,432". */
const BACK_IN = /\bback\s+in\s+$/i;

const LIGHT_VERB = /^(?:took|got|made|saw|gave|put|kept|held|brought|found|set|left|ran|did|went|came)$/;

const noun = (text: string, t: NumberToken): string | undefined => unitWordAfter(text, t);

/** "SISS got EUR 6.7 million in 2020. By 2022 it was down to 1.6 million": the currency written once, on the first sum, in one scale. */
function moneyWrittenOnce(text: string, other: NumberToken, value: NumberToken): boolean {
  return other.kind === 'currency' && value.kind === 'plain' && value.scale !== undefined && value.scale === other.scale && noun(text, value) === undefined;
}

/**
 * Reads a sentence without a statement of its own against the sentence before it. The sentence holds one change or rate,
 * one value and one year; the sentence before holds one value of the same kind and one year; their nouns (if any)
 * agree, and every name of the sentence (its first word aside) stands in the sentence before.
 */
export function previousEndpoint(text: string, segment: AnalysedSegment, sentence: Span, tokens: readonly NumberToken[], previous: Span | undefined, previousTokens: readonly NumberToken[]): PreviousEndpoint | undefined {
  const percents = tokens.filter((t) => t.kind === 'percent');
  if (percents.length !== 1) return undefined;
  const read = readAgainstPrevious(text, segment, sentence, tokens, previous, previousTokens, percents[0]!, false);
  return read && { ...read, stated: percents[0]! };
}

/**
 * The same reading for a growth multiple in words instead of a percent: "At the end of 2015 only 21 thousand households
 * had a food-waste bin. By the end of 2024 the figure was 78 thousand, so the number has more than quadrupled."
 */
export function previousMultipleEndpoint(text: string, segment: AnalysedSegment, sentence: Span, tokens: readonly NumberToken[], previous: Span | undefined, previousTokens: readonly NumberToken[]): (Omit<PreviousEndpoint, 'stated'> & { multiple: StatedMultiple }) | undefined {
  if (tokens.some((t) => t.kind === 'percent')) return undefined;
  const multiples = statedMultiples(text, sentence);
  if (multiples.length !== 1 || !GROWTH_MULTIPLE.test(multiples[0]!.text)) return undefined;
  const read = readAgainstPrevious(text, segment, sentence, tokens, previous, previousTokens, multiples[0]!, true);
  return read && { initial: read.initial, final: read.final, initialYear: read.initialYear, finalYear: read.finalYear, multiple: multiples[0]!, decline: false };
}

/** The reading of both: `stated` is the percent, or the multiple in words when `multiple`. */
function readAgainstPrevious(text: string, segment: AnalysedSegment, whole: Span, all: readonly NumberToken[], previous: Span | undefined, previousTokens: readonly NumberToken[], stated: Span, multiple: boolean): Omit<PreviousEndpoint, 'stated'> | undefined {
  if (!previous) return undefined;
  // "…, a drop of about 31% — mostly because it sold two hostels in 2021": an aside set off by a dash after the change
  // tells why; its figures and years are none of the change's.
  const dash = DASH_ASIDE.exec(text.slice(stated.end, whole.end));
  const sentence = dash ? { start: whole.start, end: stated.end + dash.index } : whole;
  const tokens = dash ? all.filter((t) => t.end <= sentence.end) : all;
  const values = tokens.filter((t) => !t.yearLike && t.kind !== 'percent' && t.kind !== 'ordinal' && !dayOfMonth(text, t) && !(multiple && inside(stated, t)));
  const years = tokens.filter((t) => t.yearLike);
  if (values.length !== 1 || years.length !== 1) return undefined;
  const otherValues = previousTokens.filter((t) => !t.yearLike && t.kind !== 'ordinal' && !dayOfMonth(text, t) && !MARK_AFTER.test(text.slice(t.end, t.end + 14)));
  const otherYears = previousTokens.filter((t) => t.yearLike);
  if (otherValues.length !== 1 || otherYears.length !== 1) return undefined;
  const [value, year, other, otherYear] = [values[0]!, years[0]!, otherValues[0]!, otherYears[0]!];
  if ((other.kind !== value.kind && !moneyWrittenOnce(text, other, value)) || year.value === otherYear.value) return undefined;
  const a = noun(text, value);
  const b = noun(text, other);
  if (a !== undefined && b !== undefined && a !== b && headNoun(text, value) !== b && headNoun(text, other) !== a) return undefined;
  // "250 crews" against "200 in 2015": a noun on one side only must be named on the other, in words or as the same metric.
  // "In 2024 that figure was 638": the words name the value before as their own subject (acc-chg11).
  const restated = a === undefined && THAT_FIGURE.test(text.slice(sentence.start, value.start));
  // "The ferry carried 287 cars in 2015. By 2024 it carried 638": the verb the sentence before gave its value (acc-chg11).
  const sameVerb = verbBefore(text, value) !== undefined && verbBefore(text, value) === verbBefore(text, other);
  // A bare value given by the verb that gave the sentence before its counted value counts the same thing:
  // "The museum counted 1,000 visitors in 2019. By 2024 it counted 1,500, …".
  // A light verb ("took", "got", "saw") says too little of what the bare value counts.
  const sameCount = a === undefined && sameVerb && !LIGHT_VERB.test(verbBefore(text, value)!);
  // "Portalva had 52,702 pending cases in 2018. By 2024 they had fallen to 28,326": a bare value whose clause opens on
  // a pronoun that refers back, with no other subject (sameSubject, below), is of the counted thing before.
  const referredBack = a === undefined && (REFERRING_SUBJECT.test(text.slice(sentence.start, value.start)) || (THAT_IS_OPENING.test(text.slice(sentence.start, stated.start)) && value.start > stated.start));
  if ((a === undefined) !== (b === undefined) && !restated && !sameCount && !referredBack && !nounNamedIn(text, segment, a !== undefined ? value : other, a !== undefined ? previous : sentence)) return undefined;
  const source = text.slice(previous.start, previous.end);
  const body = text.slice(sentence.start, sentence.end);
  const lead = /^\s*\S+/.exec(body)?.[0].length ?? 0;
  if ((body.slice(lead).match(NAME) ?? []).some((n) => n !== 'CAGR' && !MONTH_NAME.test(n) && !source.includes(n))) return undefined;
  const beforeValue = text.slice(Math.max(sentence.start, value.start - 30), value.start);
  const arrived = (ARRIVED.test(beforeValue) || sameVerb) && year.value > otherYear.value && value.start < stated.start;
  const setOut = SET_OUT.test(beforeValue) && year.value < otherYear.value && value.start > stated.start;
  // "In 2024 the Gwennol carried 50,001 journeys. Back in 2015 it carried 40,432, so that is a rise of 33.7%": a value
  // of an earlier year that the sentence looks back to, given by the same verb, is where the change set out from.
  const lookedBack = !arrived && !setOut && sameVerb && year.value < otherYear.value && value.start < stated.start && BACK_IN.test(text.slice(Math.max(sentence.start, year.start - 12), year.start));
  if (!arrived && !setOut && !lookedBack) return undefined;
  if (!sameSubject(text, segment, sentence, arrived || lookedBack ? value : stated, previous)) return undefined;
  // "By 2024 it carried 638, while fares rose 12%": a clause of another subject between the value and the change.
  if ((arrived || lookedBack) && (namesOtherSubjectBetween(text, sentence, sentence.start, value.end, stated) || otherMeasureBetween(text, value.end, stated))) return undefined;
  const before = text.slice(Math.max(sentence.start, stated.start - 50), stated.start);
  const after = text.slice(stated.end, Math.min(sentence.end, stated.end + 40));
  const rate = multiple ? undefined : rateReading(before, after);
  // "26.3% fewer than the 83,610 of 2015": a comparative after the change sets it against the value it names.
  const compared = setOut && COMPARATIVE_AFTER.exec(after);
  if (!multiple && !rate && !CHANGE_BEFORE.test(before) && !CHANGE_AFTER.test(after) && !compared) return undefined;
  const decline = !multiple && (DECLINE_CUE.test(text.slice(sentence.start, stated.start)) || DECLINE_CUE.test(after.slice(0, 12)) || (!!compared && /^(?:fewer|less|lower)$/i.test(compared[1]!)));
  return arrived
    ? { initial: other, final: value, initialYear: otherYear, finalYear: year, rate, decline }
    : { initial: value, final: other, initialYear: year, finalYear: otherYear, rate, decline };
}

const inside = (span: Span, t: Span) => span.start <= t.start && t.end <= span.end;

/**
 * The same reading inside one sentence whose two parts a semicolon joins: "Portalva had 52,702 pending cases in 2018;
 * by 2024 that was down to 28,326, a fall of 86.1%". The part before the semicolon is read as the sentence before.
 */
export function semicolonEndpoint(text: string, segment: AnalysedSegment, sentence: Span, tokens: readonly NumberToken[]): PreviousEndpoint | undefined {
  const body = text.slice(sentence.start, sentence.end);
  const at = body.indexOf(';');
  if (at < 0 || body.indexOf(';', at + 1) >= 0) return undefined;
  const split = sentence.start + at;
  const first = { start: sentence.start, end: split + 1 };
  const second = { start: split + 1, end: sentence.end };
  return previousEndpoint(text, segment, second, tokens.filter((t) => t.start > split), first, tokens.filter((t) => t.end <= split));
}
