// Sentences that speak of the one growth statement of the sentence before without restating its endpoints:
// "Measured as a compound rate, that is 9.8% a year", "Combined output thus grew by 47.6% over the period".
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { namesTheRate } from './change-named-rates.js';

/**
 * "Compounded, that is …", "Measured as a compound rate, this means …", "In other words, that amounts to …", "Over
 * 2016–2025 that works out at …" (a period named before the reference: a year of another period is refused later, as
 * for any figure of the statement).
 */
const LEAD_THEN_REFERS_BACK = /^\s*(?:(?:[\p{L}’'-]+\s+){0,5}[\p{L}’'-]+,\s*|(?:over|across|between|for|during)\s+(?:19|20)\d{2}\s*(?:[–—-]|to|and)\s*(?:19|20)\d{2}\s*,?\s+|(?:in\s+(?:percentage|percent|relative)\s+terms|as\s+a\s+(?:percentage|single\s+change)|all\s+told|in\s+all|altogether|in\s+other\s+words)\s+)(?:that|this|which|it)(?:['’]s|\s+(?:is|was|means|meant|represents|represented|amounts|amounted|equals|gives|gave|works|worked|corresponds|implies|implied|translates))\b/iu;
/** "Combined output thus grew by 47.6%", "The fleet therefore shrank by 12%": a subject, then a word that draws the consequence. */
const SUBJECT_THEN_THUS = /^\s*((?:[\p{L}’'-]+\s+){1,5}?)(?:thus|therefore|hence|so)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:rose|grew|fell|dropped|declined|increased|decreased|shrank|expanded|climbed|contracted|went\s+(?:up|down)|was\s+(?:up|down))\b/iu;
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that', 'these', 'those', 'our', 'his', 'her']);

/**
 * Whether a sentence with no statement of its own refers back to the one statement of the sentence before: it opens
 * with a lead-in and "that is …", or its subject — every word of it found in the sentence before — is followed by
 * "thus"/"therefore" and a change verb. The sentence may hold no figure but percents and years.
 */
export function refersBackToPrevious(text: string, sentence: Span, tokens: readonly NumberToken[], previous: Span): boolean {
  const body = text.slice(sentence.start, sentence.end);
  if (tokens.some((t) => !t.yearLike && t.kind !== 'percent')) return false;
  if (LEAD_THEN_REFERS_BACK.test(body)) return true;
  // "The CAGR over the period was 6.4%." (acc-change6): one percent, no year, and the words before it only name the rate.
  if (tokens.length === 1 && tokens[0]!.kind === 'percent' && namesTheRate(text.slice(sentence.start, tokens[0]!.start))) return true;
  if (restatedSubject(text, sentence, tokens, previous)) return true;
  const m = SUBJECT_THEN_THUS.exec(body);
  if (!m) return false;
  const source = text.slice(previous.start, previous.end).toLowerCase();
  const words = m[1]!.trim().split(/\s+/).map((w) => w.toLowerCase().replace(/[’']s$/, '')).filter((w) => !FUNCTION_WORDS.has(w));
  return words.length > 0 && words.every((w) => new RegExp(`(?:^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(source));
}

/** A change or rate verb, then a few words, then the one percent: "the count rose", "it grew at an average yearly rate of". */
const CHANGE_VERB_THEN = /\b(?:has\s+|have\s+|had\s+)?(?:rose|risen|grew|grown|fell|fallen|dropped|declined|increased|decreased|shrank|shrunk|expanded|climbed|contracted|gained|(?:was|is|were|are)\s+(?:up|down)|went\s+(?:up|down))\b((?:\s+[\p{L}’'-]+){0,6})\s*$/iu;
/** Words that name the period or the manner of a restated change, never its subject: "over those nine years", "put as a single change". */
const PERIOD_WORDS = new Set(['over', 'across', 'during', 'in', 'for', 'of', 'those', 'these', 'same', 'whole', 'full', 'entire', 'period', 'decade', 'years', 'nine', 'ten', 'five', 'four', 'six', 'seven', 'eight', 'eleven', 'twelve', 'put', 'as', 'single', 'change', 'percentage', 'terms', 'all', 'told', 'overall', 'together', 'so', 'and', 'it', 'they', 'count', 'figure', 'number', 'total', 'tally', 'level']);
/** Words that move a change to another period or party: it is not the statement's. */
const NOT_RESTATED = /\b(?:then|later|afterwards|subsequently|again|alone|last|latest|past|previous|recent|next|first|second|half|since|after|before|until|than|against|versus|vs|while|whereas|per(?!\s?cent)|would|could|might|expected|forecast|projected|target)\b/i;
const DURATION_WORD: Record<string, number> = { four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/**
 * "… went from 120 in 2016 to 180 in 2025. Over those nine years the count rose 50%.", "Staff shrank 12.8% over the
 * period.": a sentence with one percent and no other figure whose subject is restated — every word before its change
 * verb either names the period or the manner ("put as a single change"), is a generic noun ("the count") or a pronoun,
 * or stands in the sentence before — and which names no other year, duration, party or part of the period (acc-chg9).
 */
function restatedSubject(text: string, sentence: Span, tokens: readonly NumberToken[], previous: Span): boolean {
  const percents = tokens.filter((t) => t.kind === 'percent');
  if (percents.length !== 1 || tokens.some((t) => t.yearLike)) return false;
  const body = text.slice(sentence.start, sentence.end);
  if (NOT_RESTATED.test(body)) return false;
  const m = CHANGE_VERB_THEN.exec(text.slice(sentence.start, percents[0]!.start));
  if (!m) return false;
  const source = text.slice(previous.start, previous.end).toLowerCase();
  // "That year the count rose 4%": one year of the period, not the whole.
  if (/\b(?:year|month|quarter)\b/i.test(body.slice(0, m.index))) return false;
  const lead = body.slice(0, m.index).toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
  const words = lead.map((w) => w.replace(/[’']s$/, '')).filter((w) => !FUNCTION_WORDS.has(w) && !PERIOD_WORDS.has(w));
  if (!words.every((w) => new RegExp(`(?:^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(source))) return false;
  // "over those nine years": the duration must be the previous sentence's span of years (counted either way).
  const years = (source.match(/\b(?:19|20)\d{2}\b/g) ?? []).map(Number);
  for (const d of body.toLowerCase().matchAll(/\b(\d{1,2}|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:compounding\s+)?years?\b/g)) {
    const length = DURATION_WORD[d[1]!] ?? Number(d[1]);
    const span = years.length >= 2 ? Math.max(...years) - Math.min(...years) : undefined;
    if (span === undefined || (length !== span && length !== span + 1)) return false;
  }
  return true;
}
