// A change between two values that each carry their own year, in any order and wording (acc-change6):
// "Lock passages reached 260 in 2020, a 35% increase on 2015's 200", "… up 35% compared with 2015 (200)",
// "increased by 35% between 2015 (200) and 2020 (260)", "The 2020 total of 260 was 35% above the 2015 total of 200",
// "In 2020 there were 260 passages, 35% up on the 200 recorded in 2015". Read only when the sentence holds exactly two
// values of one kind, each paired with its own year, and one change, rate or growth multiple; never when it names two
// subjects or two measures. The pairing is a reading: a finding carries a suggestion at most.
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { CHANGE_AFTER, CHANGE_BEFORE, DECLINE_CUE, OTHER_PERIOD_AFTER, ONE_YEAR_AFTER, namesNewSubject, rateReading } from './change-wording.js';
import { clauseOf, statedMultiples, type StatedMultiple } from './growth.js';
import { unitWordAfter } from './unit-words.js';
import { currencyWrittenOnce, refersBackInClause, restatesOverPeriod } from './change-endpoint-forms.js';

export interface YearPair {
  initial: NumberToken;
  final: NumberToken;
  initialYear: NumberToken;
  finalYear: NumberToken;
  stated?: NumberToken;
  multiple?: StatedMultiple;
  rate?: 'compound' | 'conventional';
  decline: boolean;
}

/** The value's year stands just after it: "260 in 2020", "200 (2015)", "the 200 recorded in 2015", "260 passages in 2020". */
const YEAR_AFTER = /^(?:\s+[\p{L}’'-]+){0,3}?\s+(?:in|during|for|(?:at|by)\s+the\s+(?:end|close)\s+of)\s+$|^\s*\(\s*$/u;
/** The year stands just before it: "2015's 200", "(2015: 200)", "2015 (200)", "the 2015 total of 200", "in 2020 there were 260". */
const YEAR_BEFORE = /^['’]s\s+(?:[\p{L}-]+\s+)?$|^\s*:\s*$|^\s*\(\s*$|^\s+(?:figure|total|level|value|count|number|tally|result)\s+(?:of|was|stood\s+at|at)\s+$|^,?\s+(?:there\s+were|it\s+(?:was|had|made|recorded|counted|logged)|the\s+[\p{L}-]+\s+(?:was|were|stood\s+at|reached|numbered|totalled|totaled))\s+$/u;
const DIFFERENCE_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:more|fewer|less|higher|lower|up|down)\s+(?:than|on|from)\b/iu;
const WHEN_ASIDE = /,\s+(?:when|which|who|where)\s[^,;:()]*,/gi;
const CUE = /%|per\s?cent|percent|doubl|tripl|trebl|quadrupl|fold|times|halv/i;
/** Words after a percent that say which way the later value lies: "35% more than", "35% above", "35% up on". */
const MORE_AFTER = /^\s*(?:more|higher|above|greater|larger|up)\b/i;
/** "a 35% increase on 2015's 200", "a 20% drop against 2015". */
const CHANGE_ON = /^\s*(?:increase|rise|gain|jump|growth|decline|decrease|drop|fall|reduction)\s+(?:on|over|from|against|compared\s+(?:with|to)|relative\s+to)\b/i;
/** From a value to a percent in brackets right after it and its year: "29 in 2021 (", "2.9 million in 2021 (down ". */
const OWN_BRACKET = /^[^()\d]*(?:(?:19|20)\d{2})?\s*\(\s*(?:[\p{L}-]+\s+){0,2}$/u;
const LESS_AFTER = /^\s*(?:less|fewer|lower|below|smaller|down)\b/i;
/** A scenario, forecast or target; a rate of something else. */
const ELSEWHERE = /\b(?:would|could|might|will|should|if|unless|expect\w*|forecast\w*|project\w*|target\w*|plan(?:s|ned|ning)?|aim\w*|per\s+(?!cent\b|year\b|annum\b)[\p{L}]+)\b/iu;
const NOT_A_UNIT = new Set(['in', 'of', 'the', 'and', 'to', 'from', 'up', 'down', 'a', 'an', 'on', 'at', 'by', 'or', 'for', 'as', 'than', 'with', 'over', 'between', 'since', 'when', 'while', 'recorded', 'reported', 'registered', 'logged', 'seen', 'counted', 'it', 'they', 'we', 'was', 'were', 'is', 'are', 'more', 'less', 'fewer', 'higher', 'lower', 'above', 'below', 'during']);
const NAME = /\b\p{Lu}[\p{L}\p{N}’'-]*/gu;
const NOT_NAMES = new Set(['CAGR', 'In', 'By', 'The', 'This', 'That', 'There', 'Between', 'From', 'Over', 'Since', 'During', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

const noun = (text: string, t: NumberToken): string | undefined => unitWordAfter(text, t, NOT_A_UNIT);

/** `body` (the text from `offset`) with the figures' own text blanked out: their currency codes are no names. */
function withoutFigures(body: string, offset: number, tokens: readonly NumberToken[]): string {
  let out = body;
  for (const t of tokens) if (t.currency) out = out.slice(0, t.start - offset) + ' '.repeat(t.end - t.start) + out.slice(t.end - offset);
  return out;
}

function yearOf(text: string, sentence: Span, value: NumberToken, years: NumberToken[], values: NumberToken[]): NumberToken | undefined {
  const after = years.find((y) => y.start > value.end && YEAR_AFTER.test(text.slice(value.end, y.start)) && !values.some((v) => v.start > value.end && v.end < y.start));
  if (after) return after;
  const before = [...years].reverse().find((y) => y.end < value.start && YEAR_BEFORE.test(text.slice(y.end, value.start)));
  if (before) return before;
  // "In 2020 there were 260 …": a year that opens the sentence belongs to the first value after it.
  const opening = years.find((y) => y.end < value.start && /^\s*[*_]*(?:in|by|during)\s+$/i.test(text.slice(sentence.start, y.start)));
  if (opening && !values.some((v) => v.start > opening.end && v.end <= value.start)) return opening;
  return undefined;
}

export function yearPairedStatement(text: string, sentence: Span, tokens: readonly NumberToken[]): YearPair | undefined {
  const body = text.slice(sentence.start, sentence.end);
  if (!CUE.test(body) || ELSEWHERE.test(body)) return undefined;
  const years = restatedYears(text, tokens.filter((t) => t.yearLike), tokens);
  const values = tokens.filter((t) => !t.yearLike && t.kind !== 'percent' && t.kind !== 'ordinal');
  const allPercents = tokens.filter((t) => t.kind === 'percent');
  // "…, when the second treatment plant was completed, …": an ordinal in an aside opened by "when" or "which" counts
  // something of the aside, not a place.
  const asides = [...body.matchAll(WHEN_ASIDE)].map((m) => ({ start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length }));
  if (years.length !== 2 || years[0]!.value === years[1]!.value || values.length !== 2 || tokens.some((t) => t.kind === 'ordinal' && !asides.some((a) => a.start <= t.start && t.end <= a.end))) return undefined;
  const [a, b] = values as [NumberToken, NumberToken];
  // "5,143 people at the end of 2024, just 36 more than in 2015": a difference between the two years, not a value of one.
  if (values.some((v) => DIFFERENCE_AFTER.test(text.slice(v.end, v.end + 40)))) return undefined;
  if (a.value <= 0 || b.value <= 0 || a.scale !== b.scale || ((a.kind !== b.kind || a.currency !== b.currency) && !currencyWrittenOnce(text, a, b))) return undefined;
  const ya = yearOf(text, sentence, a, years, values);
  const yb = yearOf(text, sentence, b, years, values);
  if (!ya || !yb || ya === yb) return undefined;
  const na = noun(text, a);
  const nb = noun(text, b);
  if (na !== undefined && nb !== undefined && na !== nb) return undefined;
  // One subject: the sentence names at most one name (its first word aside). A figure's own currency code ("USD 0.33")
  // names no one (acc-chg10).
  const lead = /^\s*\S+/.exec(body)?.[0].length ?? 0;
  const names = new Set((withoutFigures(body, sentence.start, tokens).slice(lead).match(NAME) ?? []).filter((n) => !NOT_NAMES.has(n)));
  if (names.size > 1) return undefined;
  // A name between the two values that the sentence did not name before them ("… 35% more than Eastby's 200") is another subject.
  const opening = text.slice(sentence.start, a.start);
  if ((text.slice(a.end, b.start).match(NAME) ?? []).some((n) => !NOT_NAMES.has(n) && !opening.includes(n))) return undefined;
  const [initial, initialYear, final, finalYear] = ya.value < yb.value ? [a, ya, b, yb] : [b, yb, a, ya];
  // Both values in one clause ("… rose 25% to 520 in 2022, while buses carried 400 in 2018" speaks of two subjects).
  const clauseOfA = clauseOf(text, sentence, a.start);
  if (b.start < clauseOfA.start || b.end > clauseOfA.end) return undefined;
  // "…, and it added 8.0% in the last year alone": a percent in a clause of its own, with no value, is another claim.
  // "…, against €2.9 million in 2016; revenue rose 49.1% over the period": the one percent of the clause right after a
  // semicolon that restates the part before it (or refers back: "; that is an increase of 52.9%").
  const restated = allPercents.length === 1 ? restatedAfterSemicolon(text, sentence, clauseOfA, allPercents[0]!) : false;
  const percents = restated ? allPercents : allPercents.filter((p) => p.start >= clauseOfA.start && p.end <= clauseOfA.end);
  if (percents.length > 1 || (percents.length === 0 && allPercents.length > 0)) return undefined;
  // One clause of one subject: no semicolon among the figures, and the change's clause names no subject of its own.
  const figures = [a, b, ...percents].sort((x, y) => x.start - y.start);
  if (!restated && text.slice(figures[0]!.start, figures.at(-1)!.end).includes(';')) return undefined;
  // "A in Y1 to B in Y2" is the from–to statement's, read there or not at all (a "from" typed away leaves no statement).
  const firstYear = ya.start > a.end && ya.end < b.start ? ya : undefined;
  if (firstYear && /^\s*,?\s*to\s+$/.test(text.slice(firstYear.end, b.start))) return undefined;
  let stated: NumberToken | undefined;
  let multiple: StatedMultiple | undefined;
  let rate: 'compound' | 'conventional' | undefined;
  let decline = false;
  if (percents.length === 1) {
    stated = percents[0]!;
    // "fell to 29 in 2021 (−59.2%) and 16 in 2022": a percent in brackets on the earlier value is that value's own
    // change, from a base the sentence does not give, not the change to the later value.
    if (initial.end < stated.start && stated.end < final.start && OWN_BRACKET.test(text.slice(initial.end, stated.start))) return undefined;
    const before = text.slice(Math.max(sentence.start, stated.start - 50), stated.start);
    const after = text.slice(stated.end, Math.min(sentence.end, stated.end + 40));
    if ((finalYear.value - initialYear.value !== 1 && ONE_YEAR_AFTER.test(after)) || OTHER_PERIOD_AFTER.test(after)) return undefined;
    rate = rateReading(before, after);
    const more = MORE_AFTER.test(after);
    const less = LESS_AFTER.test(after);
    if (!rate && stated.style.sign === '' && !CHANGE_BEFORE.test(before) && !CHANGE_AFTER.test(after) && !CHANGE_ON.test(after) && !more && !less) return undefined;
    // "35% more/above …" compares the value before the percent with the one after: it must be the later against the earlier.
    if ((more || less) && !rate) {
      const subject = values.filter((v) => v.end <= stated!.start).at(-1);
      const base = values.find((v) => v.start >= stated!.end);
      // "That is 0.4% more than the 27.1 thousand of 2015, after a dip to 25.7 thousand in 2018": with no value before the
      // percent, its subject is not among the sentence's values.
      if (!subject || (base && subject !== final)) return undefined;
    }
    const clause = clauseOf(text, sentence, stated.start);
    if (clause.start !== sentence.start && !restated && namesNewSubject(text.slice(clause.start, stated.start))) return undefined;
    decline = less || DECLINE_CUE.test(before.slice(-30));
  } else {
    const multiples = statedMultiples(text, sentence);
    if (multiples.length !== 1 || !/(?:doubled|tripled|trebled|quadrupled|quintupled|sextupled|halved|fold|times\s+over)$/i.test(multiples[0]!.text)) return undefined;
    multiple = multiples[0]!;
  }
  return { initial, final, initialYear, finalYear, ...(stated ? { stated } : {}), ...(multiple ? { multiple } : {}), rate, decline };
}

/**
 * "…75 members in 2015 and 212 in 2024; membership rose by 65% between 2015 and 2024": the two years said again after
 * both values, as the period of the change ("between Y1 and Y2", "from Y1 to Y2"), restate the values' own years; the
 * years the values are paired with are the first two.
 */
function restatedYears(text: string, years: NumberToken[], tokens: readonly NumberToken[]): NumberToken[] {
  if (years.length !== 4) return years;
  const [y1, y2, y3, y4] = years as [NumberToken, NumberToken, NumberToken, NumberToken];
  if (y1.value === y2.value || y3.value !== y1.value || y4.value !== y2.value) return years;
  const values = tokens.filter((t) => !t.yearLike && t.kind !== 'percent' && t.kind !== 'ordinal');
  if (values.some((v) => v.start > y2.end) || !RESTATED_PERIOD.test(text.slice(Math.max(0, y3.start - 8), y4.start))) return years;
  return [y1, y2];
}
const RESTATED_PERIOD = /\b(?:between\s+\d{4}\s+and|from\s+\d{4}\s+to)\s+$/;

/** The percent stands in the clause right after the values' clause and a semicolon, and restates or refers back to it. */
function restatedAfterSemicolon(text: string, sentence: Span, valuesClause: Span, percent: NumberToken): boolean {
  if (percent.start < valuesClause.end) return false;
  const clause = clauseOf(text, sentence, percent.start);
  if (!/^\s*;\s*$/.test(text.slice(valuesClause.end, clause.start)) && !/;\s*$/.test(text.slice(valuesClause.end, clause.start))) return false;
  if (text.slice(valuesClause.end, clause.start).split(';').length !== 2 || /[,:]/.test(text.slice(valuesClause.end, clause.start))) return false;
  return refersBackInClause(text.slice(clause.start, percent.start)) || restatesOverPeriod(text, sentence, clause, percent);
}
