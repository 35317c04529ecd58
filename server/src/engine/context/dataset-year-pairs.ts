// Reads the second figure of a pair that drops its subject and measure and changes only the year: "its ships spent 719
// days at sea in 2023 and 731 in 2024", "EUR 9.7 million in 2025, up from 8.7 million in 2024", "726 papers in 2025
// against 412 (2015)". The figure is the same entity's value of the same measure in its own year. The same holds of
// periods: "Over 2021–2025 the laboratory secured $11.6 million in grants, against $5.4 million over 2016–2020" (acc-parts8).
import type { AnalysedSegment } from '../analysis.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import type { NumberToken } from '../numbers.js';
import type { LinkReading } from './link-reading.js';
import { sentenceOf } from './spans.js';

/** Between the first figure's year and the second figure: a join of a pair, nothing else. */
const PAIR_JOIN = /^\s*(?:,\s*)?(?:and|to|(?:(?:up|down|rising|falling|climbing|dropping)\s+)?from|against|compared\s+(?:with|to)|versus|vs\.?|after|before)\s+(?:(?:just|only|some|about|roughly|nearly|almost)\s+)?$/i;
/** After the second figure: its own year ("in 2024", "(2024)", "for 2024") or period ("over 2016–2020", "in 2015–19"), then the clause's end. */
const OWN_YEAR_AFTER = /^(\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2})?\s*(?:(?:in|for|during)\s+((?:19|20)\d{2})|\(\s*((?:19|20)\d{2})\s*\)|(?:in|for|during|over|across)\s+((?:19|20)\d{2}\s*[–-]\s*(?:19|20)?\d{2})|\(\s*((?:19|20)\d{2}\s*[–-]\s*(?:19|20)?\d{2})\s*\))\s*(?=[,.;:)]|$|\s+(?:and|but|while|whereas)\b)/iu;
/** The first figure's year: right after it ("719 days at sea in 2023") with its measure words between. */
const FIRST_YEAR_AFTER = /^[^,;:()\d]{0,40}?\b(?:in|for|during)\s+((?:19|20)\d{2})|^\s*\(\s*((?:19|20)\d{2})\s*\)/i;
/** The first figure's period right after it: "€9.1 million from EU programmes in 2020–2024", "(2020–24)". */
const FIRST_PERIOD_AFTER = /^[^,;:()\d]{0,40}?\b(?:in|for|during|over|across)\s+((?:19|20)\d{2})\s*[–-]\s*((?:19|20)?\d{2})\b|^\s*\(\s*((?:19|20)\d{2})\s*[–-]\s*((?:19|20)?\d{2})\s*\)/i;
/** The first figure's period, opening its sentence before it: "Over 2021–2025 the laboratory secured", "Between 2020 and 2024 the institute received". */
const FIRST_PERIOD_BEFORE = /^[\s*_]*(?:(?:in|over|across|during|for|throughout)\s+((?:19|20)\d{2})\s*[–-]\s*((?:19|20)?\d{2})|between\s+((?:19|20)\d{2})\s+and\s+((?:19|20)\d{2}))\s*,?\s+[^\d;:()]{1,80}$/i;
/** After the first figure when its period stood before it: its measure words, then a comparison ("…, against"). */
const PERIOD_PAIR_JOIN = /^[^\d,;:()]{0,40},\s*(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+$/i;
/** A subject that refers back to the one entity read: "the institute", "the laboratory", "it". */
const BACK_SUBJECT = /\b(?:it|its|the\s+(?:institute|institution|centre|center|station|university|laboratory|lab|observatory|agency|organi[sz]ation|unit))\b/i;

/** "2015–19" → "2015–2019": a period in the dataset's spelling. */
function periodOf(from: string, to: string): string | undefined {
  const start = Number(from);
  const end = to.length === 2 ? start - (start % 100) + Number(to) : Number(to);
  return end > start ? `${start}–${end}` : undefined;
}

/**
 * The reading of `token` as the second figure of a pair after `previous` (read with a certain entity, measure and year):
 * the join holds no entity, figure or other word; the second figure names its own year and no other measure word than
 * the first's.
 */
export function yearPairReading(dataset: Dataset, text: string, segment: AnalysedSegment, token: NumberToken, previous: { token: NumberToken; reading: LinkReading } | undefined): LinkReading | undefined {
  if (!previous) return undefined;
  if (previous.reading.year === undefined ? previous.reading.period === undefined : previous.reading.period !== undefined) return undefined;
  const first = previous.token;
  if (first.kind !== token.kind || first.currency !== token.currency || (token.scale !== undefined && first.scale !== token.scale)) return undefined;
  const sentence = sentenceOf(segment, token.start);
  if (first.start < sentence.start) return undefined;
  const firstTime = previous.reading.year !== undefined ? String(previous.reading.year) : previous.reading.period!;
  // The first figure's time right after it ("719 days at sea in 2023"), or for a period opening the sentence before it.
  let words: string;
  let join: string;
  const firstYear = (previous.reading.year !== undefined ? FIRST_YEAR_AFTER : FIRST_PERIOD_AFTER).exec(text.slice(first.end, token.start));
  if (firstYear) {
    const stated = previous.reading.year !== undefined ? firstYear[1] ?? firstYear[2] : periodOf(firstYear[1] ?? firstYear[3]!, firstYear[2] ?? firstYear[4]!);
    if (stated !== firstTime) return undefined;
    words = text.slice(first.end, first.end + firstYear.index! + firstYear[0].length);
    join = text.slice(first.end + firstYear.index! + firstYear[0].length, token.start);
    if (!PAIR_JOIN.test(join)) return undefined;
  } else {
    const opening = previous.reading.period !== undefined ? FIRST_PERIOD_BEFORE.exec(text.slice(sentence.start, first.start)) : null;
    if (!opening || periodOf(opening[1] ?? opening[3]!, opening[2] ?? opening[4]!) !== firstTime) return undefined;
    join = text.slice(first.end, token.start);
    if (!PERIOD_PAIR_JOIN.test(join)) return undefined;
    words = join;
  }
  if (segment.entities.some((e) => e.start >= first.end && e.start < token.start)) return undefined;
  const after = OWN_YEAR_AFTER.exec(text.slice(token.end, sentence.end));
  if (!after) return undefined;
  const year = after[2] ?? after[3];
  const periodText = after[4] ?? after[5];
  const time = year ?? (periodText ? periodOf(...(periodText.split(/\s*[–-]\s*/) as [string, string])) : undefined);
  // A year pairs with a year, a period with a period.
  if (time === undefined || time === firstTime || (year === undefined) !== (previous.reading.year === undefined)) return undefined;
  // "731 days in 2024" repeats the first figure's measure words; any other word ("46 in port") is another measure.
  const own = after[1]?.trim().toLowerCase();
  if (own && !words.toLowerCase().includes(own)) return undefined;
  if (segment.tokens.some((t) => t.start > token.end && t.start < token.end + after[0].length && !t.yearLike)) return undefined;
  if (!dataset.observationsByKey.has(observationKey(previous.reading.entity, previous.reading.metric))) return undefined;
  // The pair's subject is named in its sentence, not carried from elsewhere ("35 satellites across the register …"), or
  // for a pair of periods referred back to ("the institute received"), with no one else named in the sentence.
  const named = segment.entities.some((e) => e.id === previous.reading.entity && e.start >= sentence.start && e.end <= first.start);
  const alone = segment.entities.every((e) => e.start < sentence.start || e.end > sentence.end || e.id === previous.reading.entity);
  if (!named && !(periodText && alone && BACK_SUBJECT.test(text.slice(sentence.start, first.start)))) return undefined;
  // Certain when the sentence names the subject and no one else: the two times then pick one fact each.
  const { certain: _, lent: previousLent, ...reading } = previous.reading;
  const certain = named && alone;
  // The pair's own times replace the first figure's; a subject referred back to stays lent.
  const lent = named ? undefined : previousLent?.filter((l) => l.slot !== 'time');
  return year !== undefined
    ? { ...reading, year: Number(year), period: undefined, timeAmbiguous: undefined, evidence: [sentence], ...(certain ? { certain } : {}), ...(lent?.length ? { lent } : {}) }
    : { ...reading, year: undefined, period: time, timeAmbiguous: undefined, evidence: [sentence], ...(certain ? { certain } : {}), ...(lent?.length ? { lent } : {}) };
}

/** A phrase right after a figure that gives it a place or a kind of its own: "46 in port", "EUR 2.1 million in contracts". */
const OWN_KIND_AFTER = /^\s+(?:in|at|on|off|from|for|as|via|through|under)\s+(?:the\s+|its\s+|their\s+)?([\p{Ll}][\p{L}-]*)/u;
const NOT_A_KIND = /^(?:total|all|each|every|year|years|period|edition|average|sum|a|an|both|which|that|this|these|those|its|their|the|mid|early|late|turn|course|end|start|beginning|first|second|nominal|real|current|constant|cash|terms|figure|financial|fiscal|calendar|academic|reporting|accounting|budget|figures|value|values|round|rounded|contrast|comparison|addition|line|one|two|three|four|five|six|seven|eight|nine|ten)$/i;

/**
 * Whether the figure at `token` names a place or kind of its own right after it ("213 days at sea in 2025 and 46 in port
 * in 2024") while the clause's measure stands before it: the measure is another figure's, not this one's.
 */
export function ownKindAfter(text: string, token: NumberToken, metrics: readonly { start: number; end: number }[], allMetrics: readonly { start: number }[], tokens: readonly NumberToken[]): boolean {
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
export function otherOwnerBefore(text: string, token: NumberToken, entities: readonly { id: string; start: number; end: number }[], entity: string): boolean {
  return entities.some((e) => e.id !== entity && e.end <= token.start && /^(?:['’]s?)?[ \u00a0]+(?:(?:a|an|the|some|about|around|roughly|nearly|almost|just|only|over|under)\s+)?$/i.test(text.slice(e.end, token.start)));
}
