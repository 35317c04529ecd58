// A change, rate or multiple counted "since YEAR, when … VALUE", whose end stands in the sentence before (acc-change6):
// "In 2025 the depot serviced 726 trams. Since 2015, when it serviced 412, the number has grown by 5.8% a year." /
// "The hut logged 74 nights in 2025. Bookings have more than doubled since the storm year 2020, when it logged 41 nights."
// The start is the value of the "when" clause, the end the latest figure–year pair of the sentence before. Which figure
// the author counted to is a reading: a finding carries a suggestion at most.
import type { AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { CHANGE_AFTER, CHANGE_BEFORE, DECLINE_CUE, OTHER_PERIOD_AFTER, ONE_YEAR_AFTER, rateReading } from './change-wording.js';
import type { PreviousEndpoint } from './change-previous-endpoints.js';
import { statedMultiples, type StatedMultiple } from './growth.js';
import { NOT_A_UNIT, unitWordAfter } from './unit-words.js';

export interface SinceWhenEndpoint extends Omit<PreviousEndpoint, 'stated'> {
  stated?: NumberToken;
  multiple?: StatedMultiple;
  /** "…, revenue has grown by 26.6%, or 6.1% a year": the annual rate said right after the change, of the same endpoints. */
  alsoRate?: { stated: NumberToken; rate: 'compound' | 'conventional' };
}

/** Between a change and its annual rate: ", or ", ", that is ", " — ". */
const CHANGE_THEN_RATE = /^\s*(?:,\s*(?:or|that\s+is|i\.e\.)|\s+or|\s*[—–])\s+(?:an?\s+)?(?:(?:average|compound|annual)\s+(?:of\s+)?)?$/i;

/**
 * "since 2015, when", "since the drought year 2018, when", "since 2016 (": the start year of the count and the clause
 * (or the bracket) that gives its value; group 2 is the bracket.
 */
// "since the last pre-pandemic year, 2019, when": the year set off after the words that describe it.
const SINCE_WHEN = /\bsince\s+(?:(?:the|its|our|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:[\p{L}-]+,\s+)?((?:19|20)\d{2})\s*(?:,?\s+when\s+(?:[\p{L}’'-]+\s+){0,8}?|(\()\s*)$/iu;
/** "Investment has doubled since 2016 (USD 12.4 million), which corresponds to a rate of 7.2%": words that carry the main clause on to its rate. */
const CARRIES_ON = new Set(['which', 'corresponds', 'corresponding', 'equivalent', 'equals', 'to', 'works', 'out', 'doubled', 'tripled', 'trebled', 'quadrupled', 'halved', 'or']);
/** A figure's own year in the sentence before: "726 trams in 2025", "the 672 of 2024", "2,904 (2025)". */
const OWN_YEAR = /^(?:\s+[\p{L}’'-]+){0,4}?\s+(?:in|of|during)\s+$|^\s*\(\s*$/u;
/** "In 2025 the depot serviced 726 trams": a year that opens the sentence belongs to its first figure. */
const OPENING_YEAR = /^\s*[*_]*(?:in|during|by)\s+$/i;
/** Words that name no subject of their own in the main clause: function words, pronouns, the verbs of a change and generic measures. */
export const NO_SUBJECT: ReadonlySet<string> = new Set(['the', 'a', 'an', 'it', 'its', 'they', 'their', 'we', 'our', 'this', 'that', 'these', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'be', 'risen', 'rose', 'grown', 'grew', 'fallen', 'fell', 'by', 'output', 'number', 'numbers', 'count', 'total', 'figure', 'volume', 'level', 'so', 'and', 'then', 'still', 'also', 'more', 'than', 'nearly', 'almost', 'over', 'well', 'just', 'roughly', 'about', 'some', 'increased', 'decreased', 'declined', 'dropped', 'climbed', 'expanded', 'shrunk', 'shrank', 'at', 'on', 'average', 'an', 'of', 'annual', 'compound', 'rate', 'growth', 'decline', 'increase', 'rise', 'fall', 'drop',
  // "receipts have compounded at 38.6% a year", "output has averaged 4% growth": verbs of a rate (acc-chg8).
  'compounded', 'compounding', 'averaged', 'averaging', 'growing', 'rising', 'falling', 'declining']);
const NAME = /\b\p{Lu}[\p{L}\p{N}’'-]*/gu;
/** A scenario, forecast or target, not what happened. */
export const HYPOTHETICAL = /\b(?:would|could|might|will|should|if|unless|without|expect\w*|forecast\w*|project\w*|target\w*|plan(?:s|ned|ning)?|aim\w*)\b/i;
export const GROWTH_MULTIPLE = /(?:doubled|tripled|trebled|quadrupled|quintupled|sextupled|halved|fold|times\s+over)$/i;

const noun = (text: string, t: NumberToken): string | undefined => unitWordAfter(text, t);

/** Two sums of money in one currency and scale ("when it was USD 5.3 million" after "USD 18.4 million in 2025"): one measure without a noun. */
const sameMoney = (a: NumberToken, b: NumberToken): boolean => a.kind === 'currency' && b.kind === 'currency' && a.currency === b.currency && a.scale === b.scale;

function headNoun(text: string, t: NumberToken): string | undefined {
  const w = /^\s+[\p{L}-]+\s+([\p{L}-]+)/u.exec(text.slice(t.end, t.end + 40))?.[1]?.toLowerCase();
  return w && !NOT_A_UNIT.has(w) ? w.replace(/s$/, '') : undefined;
}

/**
 * The figure–year pairs of the sentence before: a figure followed by its own year, or the sentence's first figure after an
 * opening "In 2025". Figures without a year of their own ("ahead of the Kiel centre's 670") are no pairs.
 */
function pairs(text: string, previous: Span, previousTokens: readonly NumberToken[], kind: NumberToken['kind']): Array<[NumberToken, NumberToken]> {
  const figures = previousTokens.filter((t) => !t.yearLike && t.kind === kind);
  const years = previousTokens.filter((t) => t.yearLike);
  const found: Array<[NumberToken, NumberToken]> = [];
  for (const figure of figures.slice(0, 6)) {
    const after = years.find((y) => y.start > figure.end && OWN_YEAR.test(text.slice(figure.end, y.start)));
    const opening = figure === figures[0] ? years.find((y) => y.end < figure.start && OPENING_YEAR.test(text.slice(previous.start, y.start))) : undefined;
    const year = after ?? opening;
    if (year) found.push([figure, year]);
  }
  return found;
}

/**
 * Reads a sentence without a statement of its own whose one value stands in a "since YEAR, when …" clause, against the
 * latest figure–year pair of the sentence before. The sentence holds one change or annual rate (or one growth multiple
 * and no percent), one value and one year; the two values agree in noun (or in the verb that counts them), and every
 * name of the sentence stands in the sentence before.
 */
export function sinceWhenEndpoint(text: string, segment: AnalysedSegment, sentence: Span, tokens: readonly NumberToken[], previous: Span | undefined, previousTokens: readonly NumberToken[], heading = ''): SinceWhenEndpoint | undefined {
  if (!previous || !/\bsince\b/i.test(text.slice(sentence.start, sentence.end))) return undefined;
  const years = tokens.filter((t) => t.yearLike);
  const values = tokens.filter((t) => !t.yearLike && t.kind !== 'percent' && t.kind !== 'ordinal');
  const percents = tokens.filter((t) => t.kind === 'percent');
  // A change and its annual rate right after it ("grown by 26.6%, or 6.1% a year") are read as one statement.
  const paired = percents.length === 2 && CHANGE_THEN_RATE.test(text.slice(percents[0]!.end, percents[1]!.start)) ? rateReading(text.slice(Math.max(sentence.start, percents[1]!.start - 50), percents[1]!.start), text.slice(percents[1]!.end, Math.min(sentence.end, percents[1]!.end + 40))) : undefined;
  if (years.length !== 1 || values.length !== 1 || (percents.length > 1 && !paired) || tokens.some((t) => t.kind === 'ordinal')) return undefined;
  const [year, value] = [years[0]!, values[0]!];
  const m = SINCE_WHEN.exec(text.slice(sentence.start, value.start));
  if (!m || sentence.start + m.index! + m[0].indexOf(m[1]!) !== year.start) return undefined;
  // The "when" clause ends at the value (and its noun): a comma, a dash or the sentence's end closes it.
  const bracket = m[2] !== undefined;
  const clauseEnd = (bracket ? /^(?:\s+[\p{L}’'-]+){0,2}?\s*\)\s*,?/u : /^(?:\s+[\p{L}’'-]+){0,2}?\s*(?:[,;.!—–]|\s-\s|$)/u).exec(text.slice(value.end, sentence.end));
  if (!clauseEnd) return undefined;
  const mainStart = value.end + clauseEnd[0].length;
  const sinceStart = sentence.start + m.index!;
  // The main clause: before "since" ("Bookings have more than doubled since …") or after the "when" clause ("Since 2015, when …, output has grown …").
  const midSentence = sinceStart - sentence.start > 3;
  // "Investment has doubled since 2016 (USD 12.4 million), which corresponds to 7.2% a year": the main clause goes on after the bracket.
  const goesOn = midSentence && bracket && tokens.some((t) => t.kind === 'percent' && t.start >= mainStart);
  const main = goesOn ? { start: sentence.start, end: sentence.end } : midSentence ? { start: sentence.start, end: sinceStart } : { start: mainStart, end: sentence.end };
  let stated: NumberToken | undefined;
  let multiple: StatedMultiple | undefined;
  let rate: 'compound' | 'conventional' | undefined;
  if (percents.length >= 1) {
    stated = percents[0]!;
    if (stated.start < main.start || stated.end > main.end || (goesOn && stated.start < mainStart)) return undefined;
    const before = text.slice(Math.max(main.start, stated.start - 50), stated.start);
    const after = text.slice(stated.end, Math.min(paired ? percents[1]!.start : sentence.end, stated.end + 40));
    if (OTHER_PERIOD_AFTER.test(after) || ONE_YEAR_AFTER.test(after)) return undefined;
    rate = rateReading(before, after);
    if (!rate && !CHANGE_BEFORE.test(before) && !CHANGE_AFTER.test(after)) return undefined;
    if (paired && (rate || percents[1]!.end > main.end)) return undefined;
  } else {
    const multiples = statedMultiples(text, main).filter((x) => GROWTH_MULTIPLE.test(x.text));
    if (multiples.length !== 1 || statedMultiples(text, sentence).length !== 1) return undefined;
    multiple = multiples[0]!;
  }
  const candidates = pairs(text, previous, previousTokens, value.kind);
  if (candidates.length === 0) return undefined;
  const latest = candidates.reduce((a, b) => (b[1].value > a[1].value ? b : a));
  // The latest year of the sentence before must be the pair's ("… 74 nights in 2025; by 2026 it logged 80" is not read).
  const lastYear = Math.max(...previousTokens.filter((t) => t.yearLike).map((t) => t.value));
  if (candidates.some((p) => p !== latest && p[1].value === latest[1].value) || latest[1].value !== lastYear || latest[1].value <= year.value) return undefined;
  const [final, finalYear] = latest;
  // The two values count the same thing: the same noun, or (one side without a noun) the same counting verb.
  const a = noun(text, value);
  const b = noun(text, final);
  const source = text.slice(previous.start, previous.end).toLowerCase();
  if (a !== undefined && b !== undefined) {
    if (a !== b && headNoun(text, value) !== b && headNoun(text, final) !== a) return undefined;
  } else if (!sameMoney(value, final)) {
    const verb = /([\p{L}-]+)\s+(?:only\s+|just\s+|some\s+|about\s+|around\s+)?$/u.exec(text.slice(sentence.start, value.start))?.[1]?.toLowerCase();
    const named = a ?? (verb && !['was', 'were', 'at', 'had', 'of', 'to', 'stood', 'reached', 'numbered', 'totalled', 'totaled'].includes(verb) ? verb : undefined);
    if (!named || !source.includes(named.slice(0, 5))) return undefined;
  }
  // The main clause names nothing that the sentence before, the section's heading or the values' noun does not: no
  // subject of its own ("its budget has grown …" after a count of trams is another measure).
  const known = `${source} ${heading.toLowerCase()} ${a ?? ''} ${b ?? ''}`;
  const leadEnd = stated?.start ?? multiple!.start;
  const lead = goesOn ? text.slice(main.start, sinceStart) : text.slice(main.start, leadEnd);
  const carriedOn = goesOn ? text.slice(mainStart, leadEnd) : '';
  if (HYPOTHETICAL.test(text.slice(main.start, main.end))) return undefined;
  for (const w of lead.matchAll(/[\p{L}’'-]+/gu)) {
    const word = w[0].toLowerCase().replace(/[’']s$/, '');
    if (!NO_SUBJECT.has(word) && !known.includes(word.slice(0, 5)) && !(goesOn && CARRIES_ON.has(word))) return undefined;
  }
  for (const w of carriedOn.matchAll(/[\p{L}’'-]+/gu)) {
    if (!NO_SUBJECT.has(w[0].toLowerCase()) && !CARRIES_ON.has(w[0].toLowerCase())) return undefined;
  }
  const body = text.slice(sentence.start, sentence.end);
  const first = /^\s*\S+/.exec(body)?.[0].length ?? 0;
  const originalSource = text.slice(previous.start, previous.end);
  if ((body.slice(first).match(NAME) ?? []).some((n) => n !== 'CAGR' && !originalSource.includes(n))) return undefined;
  const decline = DECLINE_CUE.test(lead + carriedOn);
  return { initial: value, final, initialYear: year, finalYear, ...(stated ? { stated } : {}), ...(multiple ? { multiple } : {}), ...(paired ? { alsoRate: { stated: percents[1]!, rate: paired } } : {}), rate, decline };
}
