// Sentences that speak of the one growth statement of the sentence before without restating its endpoints:
// "Measured as a compound rate, that is 9.8% a year", "Combined output thus grew by 47.6% over the period".
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { namesTheRate } from './chg6-named-rates.js';

/** "Compounded, that is …", "Measured as a compound rate, this means …", "In other words, that amounts to …". */
const LEAD_THEN_REFERS_BACK = /^\s*(?:[\p{L}’'-]+\s+){0,5}[\p{L}’'-]+,\s*(?:that|this|which|it)(?:['’]s|\s+(?:is|was|means|meant|represents|represented|amounts|amounted|equals|gives|gave|works|worked|corresponds|implies|implied|translates))\b/iu;
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
  const m = SUBJECT_THEN_THUS.exec(body);
  if (!m) return false;
  const source = text.slice(previous.start, previous.end).toLowerCase();
  const words = m[1]!.trim().split(/\s+/).map((w) => w.toLowerCase().replace(/[’']s$/, '')).filter((w) => !FUNCTION_WORDS.has(w));
  return words.length > 0 && words.every((w) => new RegExp(`(?:^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(source));
}
