// Reads the second figure of a pair that drops its measure: "KHI published 117 papers in 2016 and 456 in 2025", "rose
// from 117 in 2016 to 456 in 2025", "29 patent families in 2025, up from 6 in 2016" (the 456 and the 6 are KHI's
// papers and CBRL's patent families too, of their own year).
import type { AnalysedSegment } from '../analysis.js';
import type { NumberToken } from '../numbers.js';
import type { LinkReading } from './link-reading.js';
import { sentenceOf } from './spans.js';

/**
 * From the figure before to this one: at most a few words of its measure (no digit, no clause break), its own year,
 * and a word that joins two values of one measure.
 */
const PAIR_JOIN =
  /^(?:[ \u00a0]+[\p{L}’'-]+){0,4}?[ \u00a0]+(?:in|during)[ \u00a0]+((?:19|20)\d\d)[ \u00a0]*,?[ \u00a0]+(?:and|to|against|versus|vs\.?|compared[ \u00a0]+(?:with|to)|(?:up|down)[ \u00a0]+from|from)[ \u00a0]+$/iu;
/** Right after this figure: its own year, and nothing between ("456 in 2025", "456 (2025)"). */
const OWN_YEAR_AFTER = /^[ \u00a0]*(?:(?:in|during)[ \u00a0]+((?:19|20)\d\d)\b|\(((?:19|20)\d\d)\))/u;

/**
 * The reading of a figure whose measure is carried from the figure just before it in the same sentence: that figure
 * was read with its own year (written right after it) and this one is followed by another year. Same entity, same
 * measure, the new year; certain when the sentence names no other entity. Another entity named between them leaves the
 * reading to the ordinary readers.
 */
export function yearPairReading(text: string, segment: AnalysedSegment, token: NumberToken, previous: { token: NumberToken; reading: LinkReading } | undefined): LinkReading | undefined {
  if (!previous || previous.reading.year === undefined || previous.reading.period !== undefined) return undefined;
  const before = previous.token;
  if (before.kind !== token.kind || before.scale !== token.scale || before.currency !== token.currency) return undefined;
  const sentence = sentenceOf(segment, token.start);
  if (before.start < sentence.start) return undefined;
  const join = PAIR_JOIN.exec(text.slice(before.end, token.start));
  if (!join || Number(join[1]) !== previous.reading.year) return undefined;
  const own = OWN_YEAR_AFTER.exec(text.slice(token.end, token.end + 12));
  if (!own) return undefined;
  const year = Number(own[1] ?? own[2]);
  if (year === previous.reading.year) return undefined;
  const named = segment.entities.filter((e) => e.start >= sentence.start && e.end <= sentence.end);
  if (named.some((e) => e.start >= before.end && e.end <= token.start)) return undefined;
  // The sentence names the subject itself, before the first figure: "Across the eleven institutes, … 9 in 2016 and 20 in
  // 2020" read by the heading's institute, or "Its score rose from 46.1 … to 51.4 …, while CHAL's …", is no pair of facts.
  if (!named.some((e) => e.id === previous.reading.entity && e.end <= before.start)) return undefined;
  // Certain when the sentence names no one else: the two years then pick one fact each.
  const { certain: _, ...reading } = previous.reading;
  const certain = named.every((e) => e.id === previous.reading.entity);
  return { ...reading, year, timeAmbiguous: undefined, evidence: [sentence], ...(certain ? { certain } : {}) };
}
