// The subject-first CAGR sentence whose rate comes last: "The CAGR of IBCE publications over 2016–2020 was 5.2%", "The
// compound annual growth rate of its output between 2016 and 2020 was 4.1%". The word and the rate may stand a clause
// apart, so long as nothing between them is another figure; a period written "between 2016 and 2020" is the rate's.
import type { Span } from '../markdown/facts.js';
import type { NumberToken, RangeToken } from '../numbers.js';

const CAGR_WORD_LAST = /\b(?:CAGR|compound(?:ed)? annual (?:growth|increase|decline)(?: rate)?|annuali[sz]ed growth(?: rate)?)\b(?![\s\S]*\b(?:CAGR|compound(?:ed)? annual|annuali[sz]ed)\b)/i;
/** Between the word and the rate: the subject, measure and period, then a verb of being ("was", "came to", "stood at"). */
const VERB_BEFORE_RATE = /\b(?:was|is|were|are|came\s+to|comes\s+to|stood\s+at|stands\s+at|amounted\s+to|amounts\s+to|works\s+out\s+(?:at|to)|worked\s+out\s+(?:at|to)|reached|of|at|equals?|equalled|:)\s+(?:(?:just|only|about|around|roughly|some|nearly|almost|a\s+(?:modest|healthy|robust|strong|solid))\s+)?(?:[+-]\s*)?$/i;

/**
 * Whether the percent `token` is the rate a CAGR word earlier in its sentence names: the word is the last such word
 * before the token, no figure other than years stands between them, no clause break (";", a new sentence) either, and
 * the rate follows a verb of being.
 */
export function cagrWordRate(text: string, sentence: Span, token: NumberToken, tokens: readonly NumberToken[]): boolean {
  const before = text.slice(sentence.start, token.start);
  const word = CAGR_WORD_LAST.exec(before);
  if (!word) return false;
  const from = sentence.start + word.index! + word[0].length;
  if (token.start - from > 120 || /[;]/.test(text.slice(from, token.start))) return false;
  if (tokens.some((t) => t.start >= from && t.end <= token.start && !t.yearLike)) return false;
  return VERB_BEFORE_RATE.test(text.slice(from, token.start));
}

/** "between 2016 and 2020", "from 2016 to 2020": two year tokens the reader did not pair as a range, joined as one period. */
const PERIOD_JOIN = /^\s*(?:and|to|through|until|till)\s*$/i;
const PERIOD_OPEN = /\b(?:between|from|over|during|across)\s+(?:the\s+(?:years|period)\s+)?$/i;

export function periodOfYears(text: string, years: readonly NumberToken[]): { from: number; to: number; span: RangeToken | undefined; spans: Span[] } | undefined {
  if (years.length !== 2) return undefined;
  const [a, b] = years as [NumberToken, NumberToken];
  if (!PERIOD_JOIN.test(text.slice(a.end, b.start)) || !PERIOD_OPEN.test(text.slice(Math.max(0, a.start - 24), a.start)) || b.value <= a.value) return undefined;
  return { from: a.value, to: b.value, span: undefined, spans: [{ start: a.start, end: b.end }] };
}

/** The verb of being right before a rate ("came to", "stood at"): masked when the sentence's words are judged. */
export function rateVerbSpan(text: string, sentence: Span, token: Span): Span | undefined {
  const m = VERB_BEFORE_RATE.exec(text.slice(Math.max(sentence.start, token.start - 40), token.start));
  return m ? { start: token.start - (m[0].length), end: token.start } : undefined;
}
