// Reads the second figure of a pair that drops its subject and measure and changes only the year: "its ships spent 719
// days at sea in 2023 and 731 in 2024", "EUR 9.7 million in 2025, up from 8.7 million in 2024", "726 papers in 2025
// against 412 (2015)". The figure is the same entity's value of the same measure in its own year.
import type { AnalysedSegment } from '../analysis.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import type { NumberToken } from '../numbers.js';
import type { LinkReading } from './link-reading.js';
import { sentenceOf } from './spans.js';

/** Between the first figure's year and the second figure: a join of a pair, nothing else. */
const PAIR_JOIN = /^\s*(?:,\s*)?(?:and|to|(?:(?:up|down|rising|falling|climbing|dropping)\s+)?from|against|compared\s+(?:with|to)|versus|vs\.?|after|before)\s+(?:(?:just|only|some|about|roughly|nearly|almost)\s+)?$/i;
/** After the second figure: its own year ("in 2024", "(2024)", "for 2024"), then the clause's end. */
const OWN_YEAR_AFTER = /^(\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2})?\s*(?:(?:in|for|during)\s+((?:19|20)\d{2})|\(\s*((?:19|20)\d{2})\s*\))\s*(?=[,.;:)]|$|\s+(?:and|but|while|whereas)\b)/iu;
/** The first figure's year: right after it ("719 days at sea in 2023") with its measure words between. */
const FIRST_YEAR_AFTER = /^[^,;:()\d]{0,40}?\b(?:in|for|during)\s+((?:19|20)\d{2})|^\s*\(\s*((?:19|20)\d{2})\s*\)/i;

/**
 * The reading of `token` as the second figure of a pair after `previous` (read with a certain entity, measure and year):
 * the join holds no entity, figure or other word; the second figure names its own year and no other measure word than
 * the first's.
 */
export function dv7YearPairReading(dataset: Dataset, text: string, segment: AnalysedSegment, token: NumberToken, previous: { token: NumberToken; reading: LinkReading } | undefined): LinkReading | undefined {
  if (!previous || previous.reading.year === undefined || previous.reading.period !== undefined) return undefined;
  const first = previous.token;
  if (first.kind !== token.kind || first.currency !== token.currency || (token.scale !== undefined && first.scale !== token.scale)) return undefined;
  const sentence = sentenceOf(segment, token.start);
  if (first.start < sentence.start) return undefined;
  const firstYear = FIRST_YEAR_AFTER.exec(text.slice(first.end, token.start));
  if (!firstYear || Number(firstYear[1] ?? firstYear[2]) !== previous.reading.year) return undefined;
  const join = text.slice(first.end + firstYear.index! + firstYear[0].length, token.start);
  if (!PAIR_JOIN.test(join)) return undefined;
  if (segment.entities.some((e) => e.start >= first.end && e.start < token.start)) return undefined;
  const after = OWN_YEAR_AFTER.exec(text.slice(token.end, sentence.end));
  if (!after) return undefined;
  const year = Number(after[2] ?? after[3]);
  if (year === previous.reading.year) return undefined;
  // "731 days in 2024" repeats the first figure's measure words; any other word ("46 in port") is another measure.
  const words = after[1]?.trim().toLowerCase();
  if (words && !text.slice(first.end, first.end + firstYear.index! + firstYear[0].length).toLowerCase().includes(words)) return undefined;
  if (segment.tokens.some((t) => t.start > token.end && t.start < token.end + after[0].length && !t.yearLike)) return undefined;
  if (!dataset.observationsByKey.has(observationKey(previous.reading.entity, previous.reading.metric))) return undefined;
  // The pair's subject is named in its sentence, not carried from elsewhere ("35 satellites across the register …").
  if (!segment.entities.some((e) => e.id === previous.reading.entity && e.start >= sentence.start && e.end <= first.start)) return undefined;
  // Certain when the sentence names no one else: the two years then pick one fact each.
  const { certain: _, ...reading } = previous.reading;
  const certain = segment.entities.every((e) => e.start < sentence.start || e.end > sentence.end || e.id === previous.reading.entity);
  return { ...reading, year, period: undefined, timeAmbiguous: undefined, evidence: [sentence], ...(certain ? { certain } : {}) };
}

/** A phrase right after a figure that gives it a place or a kind of its own: "46 in port", "EUR 2.1 million in contracts". */
const OWN_KIND_AFTER = /^\s+(?:in|at|on|off|from|for|as|via|through|under)\s+(?:the\s+|its\s+|their\s+)?([\p{Ll}][\p{L}-]*)/u;
const NOT_A_KIND = /^(?:total|all|each|every|year|years|period|edition|average|sum|a|an|both|which|that|this|these|those|its|their|the|mid|early|late|turn|course|end|start|beginning|first|second|nominal|real|current|constant|cash|terms|figure|financial|fiscal|calendar|academic|reporting|accounting|budget|figures|value|values|round|rounded|contrast|comparison|addition|line|one|two|three|four|five|six|seven|eight|nine|ten)$/i;

/**
 * Whether the figure at `token` names a place or kind of its own right after it ("213 days at sea in 2025 and 46 in port
 * in 2024") while the clause's measure stands before it: the measure is another figure's, not this one's.
 */
export function dv7OwnKindAfter(text: string, token: NumberToken, metrics: readonly { start: number; end: number }[], allMetrics: readonly { start: number }[], tokens: readonly NumberToken[]): boolean {
  if (!metrics.length || metrics.some((m) => m.start >= token.end)) return false;
  // The measure belongs to an earlier figure of the clause ("213 days at sea …, and 46 in port").
  const lastMetric = Math.max(...metrics.map((m) => m.start));
  if (!tokens.some((t) => !t.yearLike && t.start < token.start && t.end <= lastMetric + 40 && t.start >= lastMetric - 40)) return false;
  const m = OWN_KIND_AFTER.exec(text.slice(token.end, token.end + 40));
  if (!m || NOT_A_KIND.test(m[1]!)) return false;
  const wordAt = token.end + m[0].length - m[1]!.length;
  // "EUR 9.7 million in EU grants": the phrase after the figure is the measure itself.
  return !allMetrics.some((x) => x.start >= token.end && x.start <= wordAt);
}

/**
 * Whether another entity than `entity` stands right before the figure ("… and BGS 189 in 2024", "BGS's 189"): the figure
 * is that entity's, whatever facts the dataset holds of it.
 */
export function dv7OtherOwnerBefore(text: string, token: NumberToken, entities: readonly { id: string; start: number; end: number }[], entity: string): boolean {
  return entities.some((e) => e.id !== entity && e.end <= token.start && /^(?:['’]s?)?[ \u00a0]+(?:(?:a|an|the|some|about|around|roughly|nearly|almost|just|only|over|under)\s+)?$/i.test(text.slice(e.end, token.start)));
}
