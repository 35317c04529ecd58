// "VYS handled 8,699 tonnes in 2024, 67.1% more than in 2015, an average of 5.3% a year": a sentence that states a total
// change between two years and an annual rate over the same years, with no endpoint values to compute either from. The
// two must agree: (1 + change)^(1 / years) − 1 is the rate. Which of the two is wrong is unknown, so this is a reading
// for a suggestion only.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import { spelledNumber, type NumberToken } from '../numbers.js';
import { DECLINE_CUE } from './change-wording.js';

export interface RateWithTotalChange {
  segment: AnalysedSegment;
  sentence: Span;
  rate: NumberToken;
  change: NumberToken;
  from: number;
  to: number;
  /** The change is a fall ("fell 20%", "20% less than"). */
  decline: boolean;
  /** The years are only a length the change names ("grew by 32.7% over nine years"): `to − from`, no calendar years. */
  lengthOnly?: boolean;
}

/** Right after an annual rate: "a year", "per year", "per annum", "annually", "each year", "on average each year". */
const RATE_AFTER = /^\s*(?:(?:on\s+average\s+)?(?:a|per|each)\s+year|every\s+year|per\s+annum|annually)\b/i;
/** Right after a total change compared with a year: "67.1% more than in 2015", "up on 2015", "above its 2015 level". */
const CHANGE_AFTER = /^\s*(?:more|higher|greater|larger|fewer|less|lower|smaller|up|down|above|below)\s+(?:than|on|from|its|the)\b/i;
/** Right before a total change: "rose 67.1%", "an increase of 67.1%", "up 67.1%", "grew by". */
const CHANGE_BEFORE = /\b(?:rose|grew|increased|climbed|jumped|fell|dropped|declined|decreased|shrank|up|down|(?:an?\s+)?(?:increase|rise|growth|gain|fall|drop|decline|decrease|reduction)\s+of|(?:rose|grew|increased|climbed|jumped|fell|dropped|declined|decreased|shrank)\s+by)\s+(?:some\s+|about\s+|nearly\s+|almost\s+)?$/i;
/** Words that make a percent something else than a change or a rate of the same measure. */
const NOT_OURS = /\b(?:points?|percentage|share|of\s+(?:the|its|their|all)|margin|inflation|real\s+terms)\b/i;

/** ", or 5.1% a year", ", that is 5.1% a year": a rate set beside the change right before it. */
const APPOSED_RATE_BEFORE = /^[^;:%]{0,40},\s*(?:or|that\s+is|i\.e\.,?|equivalent\s+to|an?\s+average\s+of)\s+(?:about\s+|roughly\s+|some\s+)?$/i;

/**
 * The sentence's percents, or, when it holds more than two, the one change with its rate set right beside it ("grew by
 * 64.6% between 2015 and 2024, or 5.1% a year, and Kalliojärvi's by 59.2%"), when exactly one such pair stands there.
 */
function pairOf(text: string, percents: NumberToken[]): NumberToken[] {
  if (percents.length <= 2) return percents;
  const pairs: NumberToken[][] = [];
  for (let i = 1; i < percents.length; i++) {
    const [change, rate] = [percents[i - 1]!, percents[i]!];
    if (RATE_AFTER.test(text.slice(rate.end, rate.end + 30)) && APPOSED_RATE_BEFORE.test(text.slice(change.end, rate.start))) pairs.push([change, rate]);
  }
  return pairs.length === 1 ? pairs[0]! : percents;
}

/** Right after a rate: the length it is over ("a year over nine years", "a year over the nine years"). */
const RATE_LENGTH_AFTER = /^\s*(?:on\s+average\s+)?(?:a|per|each)\s+year\s+(?:on\s+average\s+)?over\s+(?:the\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+years\b/i;
/** Right after a total change: the length it is over ("by 32.7% over nine years", "over the same nine years"). */
const CHANGE_LENGTH_AFTER = /^\s*over\s+(?:the\s+(?:same\s+|last\s+|past\s+)?)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+years\b/i;

/**
 * "Brugeveld's budget grew by 32.7% over the same nine years, an average of 2.2% a year": in a sentence of no year, a
 * change after a word of change that names its own length, and the rate set right beside it. Only the length is known,
 * and it is all the pair needs. Never with "since" (another start) or a second change or length.
 */
function lengthPair(text: string, sentence: Span, percents: readonly NumberToken[]): { change: NumberToken; rate: NumberToken; length: number } | undefined {
  if (percents.length !== 2) return undefined;
  const [change, rate] = percents as [NumberToken, NumberToken];
  if (!CHANGE_BEFORE.test(text.slice(Math.max(sentence.start, change.start - 30), change.start))) return undefined;
  const length = CHANGE_LENGTH_AFTER.exec(text.slice(change.end, rate.start));
  if (!length || !RATE_AFTER.test(text.slice(rate.end, rate.end + 30)) || RATE_LENGTH_AFTER.test(text.slice(rate.end, rate.end + 50))) return undefined;
  if (!APPOSED_RATE_BEFORE.test(text.slice(change.end + length[0].length, rate.start)) || /\bsince\b/i.test(text.slice(sentence.start, sentence.end))) return undefined;
  const n = spelledNumber(length[1]!) ?? Number(length[1]);
  return n > 1 ? { change, rate, length: n } : undefined;
}

/** A sentence that only refers back: "That is …", "This is …", "That's …". */
const REFERS_BACK_OPENING = /^[\s*_>-]*(?:That|This)(?:\s+is|\s+was|['’]s)\b/;

/**
 * The two years of a pair whose sentence does not name both: the base year and the length the rate names, or, for a
 * sentence that only refers back and names no year, the two years of the sentence right before it.
 */
function impliedYears(text: string, sentence: Span, own: number[], before: number[], rate: NumberToken | undefined): number[] | undefined {
  if (!rate) return undefined;
  const length = RATE_LENGTH_AFTER.exec(text.slice(rate.end, rate.end + 50));
  if (own.length === 1 && length) {
    const n = spelledNumber(length[1]!) ?? Number(length[1]);
    return n > 0 ? [own[0]!, own[0]! + n] : undefined;
  }
  if (own.length === 0 && before.length === 2 && REFERS_BACK_OPENING.test(text.slice(sentence.start, sentence.end))) return before;
  return undefined;
}

/** The pairs of the segments that overlap `within` (the text a section-bound check reads; the whole document by default). */
export function ratesWithTotalChanges(doc: AnalysedDocument, within: Span = { start: 0, end: doc.text.length }): RateWithTotalChange[] {
  const out: RateWithTotalChange[] = [];
  const text = doc.text;
  for (const segment of doc.segments) {
    if (segment.end < within.start) continue;
    if (segment.start > within.end) break;
    if (segment.kind === 'cell' || segment.kind === 'heading') continue;
    let percents = 0;
    for (const t of segment.tokens) if (t.kind === 'percent') percents++;
    if (percents < 2) continue;
    // Tokens and sentences are both in order: one pass hands each sentence its tokens.
    let next = 0;
    let previousYears: number[] = [];
    for (const sentence of segment.sentences) {
      while (next < segment.tokens.length && segment.tokens[next]!.start < sentence.start) next++;
      const tokens: NumberToken[] = [];
      for (let i = next; i < segment.tokens.length && segment.tokens[i]!.start < sentence.end; i++) if (segment.tokens[i]!.end <= sentence.end) tokens.push(segment.tokens[i]!);
      const ownYears = [...new Set(tokens.filter((t) => t.yearLike).map((t) => t.value))];
      const yearsBefore = previousYears;
      previousYears = ownYears;
      const percentTokens = pairOf(text, tokens.filter((t) => t.kind === 'percent'));
      if (percentTokens.length !== 2) continue;
      const byLength = ownYears.length === 0 ? lengthPair(text, sentence, percentTokens) : undefined;
      if (byLength) {
        if (percentTokens.some((t) => NOT_OURS.test(text.slice(t.end, t.end + 24)))) continue;
        const { change, rate, length } = byLength;
        const lead = text.slice(Math.max(sentence.start, change.start - 30), change.start);
        out.push({ segment, sentence, rate, change, from: 0, to: length, lengthOnly: true, decline: change.value < 0 || DECLINE_CUE.test(lead) });
        continue;
      }
      const rates = percentTokens.filter((t) => RATE_AFTER.test(text.slice(t.end, t.end + 30)));
      // "That is 62.0% more than in 2016, a growth rate of 6.5% a year over nine years": the rate names its length, the
      // change its base year; "That is an increase of 64.7%, or 6.7% a year compounded" after a sentence of two years
      // refers back to them.
      const years = ownYears.length === 2 ? ownYears : impliedYears(text, sentence, ownYears, yearsBefore, rates[0]);
      if (years === undefined || years.length !== 2) continue;
      const implied = ownYears.length !== 2;
      const changes = percentTokens.filter(
        (t) => !rates.includes(t) && (CHANGE_AFTER.test(text.slice(t.end, t.end + 20)) || CHANGE_BEFORE.test(text.slice(Math.max(sentence.start, t.start - 30), t.start))),
      );
      if (rates.length !== 1 || changes.length !== 1) continue;
      const [rate, change] = [rates[0]!, changes[0]!];
      // "a share of 12%", "3 points", "in real terms": another measure than the pair's.
      if (percentTokens.some((t) => NOT_OURS.test(text.slice(t.end, t.end + 24)))) continue;
      // A rate over another period than the sentence's two years ("over the last five years") is not read.
      if (/\b(?:over|in|during)\s+the\s+(?:last|past|first|next)\b|\bsince\b(?!\s+(?:19|20)\d{2})/i.test(text.slice(sentence.start, sentence.end))) continue;
      const [from, to] = [Math.min(...years), Math.max(...years)];
      // Strict: the change compares with the earlier year right after it ("67.1% more than in 2015"), the later year stands
      // before the change, and the rate follows the change in the same run of clauses with no other year between.
      const compared = new RegExp(`^\\s*(?:more|less|higher|lower|fewer|greater|larger|smaller|up|down|above|below)\\s+(?:than\\s+(?:in\\s+)?|on\\s+|from\\s+)?(?:the\\s+|its\\s+)?${from}\\b`, 'i');
      // "up 50% on 2015", "rose 50% over 2015": a change word before it, the earlier year right after a preposition.
      const changeWordBefore = CHANGE_BEFORE.test(text.slice(Math.max(sentence.start, change.start - 30), change.start));
      const comparedBare = changeWordBefore && new RegExp(`^\\s*(?:on|over|from|against|compared\\s+(?:with|to))\\s+(?:the\\s+|its\\s+)?${from}\\b`, 'i').test(text.slice(change.end, change.end + 40));
      // "rose 50% between 2015 and 2024", "grew 50% from 2015 to 2024": both years right after the change.
      const spanned = changeWordBefore && new RegExp(`^\\s*(?:between\\s+${from}\\s+and\\s+${to}|from\\s+${from}\\s+to\\s+${to}|(?:over|in)\\s+${from}\\s*[–-]\\s*(?:${to}|${String(to).slice(2)}))\\b`, 'i').test(text.slice(change.end, change.end + 40));
      if (implied) {
        // A length named by the rate needs the change compared with the base year; a reference back needs a change with
        // no year of its own, set right before the rate.
        if (ownYears.length === 1 ? !compared.test(text.slice(change.end, change.end + 40)) : !CHANGE_BEFORE.test(text.slice(Math.max(sentence.start, change.start - 30), change.start))) continue;
      } else {
        if (!compared.test(text.slice(change.end, change.end + 40)) && !comparedBare && !spanned) continue;
        if (!spanned && !tokens.some((t) => t.yearLike && t.value === to && t.end <= change.start)) continue;
      }
      const between = text.slice(change.end, rate.start);
      // "PTN's revenue rose 12.5% …, while MNF's grew at a compound 12.1% a year": a rate in a clause of another subject.
      if (/\b(?:while|whereas|but|against|versus|vs|compared|unlike|and\s+(?:its|their|the)\s+\p{L}+['’]s?)\b/iu.test(between) || segment.entities.some((m) => m.start >= change.end && m.end <= rate.start)) continue;
      if (rate.start < change.end || between.length > 80 || /[;:]/.test(between) || tokens.some((t) => t.yearLike && t.value !== from && !(spanned && t.value === to) && t.start >= change.end && t.end <= rate.start)) continue;
      const lead = text.slice(Math.max(sentence.start, change.start - 30), change.start) + text.slice(change.end, change.end + 20);
      out.push({ segment, sentence, rate, change, from, to, decline: change.value < 0 || DECLINE_CUE.test(lead) || /^\s*(?:fewer|less|lower|smaller|down|below)\b/i.test(text.slice(change.end, change.end + 12)) });
    }
  }
  return out;
}
