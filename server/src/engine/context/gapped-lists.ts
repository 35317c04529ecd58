// Reads a list that drops its verb and measure after the first item: "A produced 4,100 papers, B 1,700 and C 430" (B and C produced papers too).
import type { AnalysedSegment } from '../analysis.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import type { LinkReading } from './link-reading.js';
import { sentenceOf } from './spans.js';

/** Between the item before and this one's entity: a comma, "and", or both. */
const ITEM_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
/** The year right after the previous item's number, before the join: " in 2024" of "EUR 2.9 million in 2024 and BZA …". */
const OWN_YEAR_OF_ITEM = /^\s+(?:in|during)\s+((?:19|20)\d{2})(?=\s*(?:,|and\b))/;
/** After this item's number, up to the next item or the sentence's end: no other word or number ("B 1,700 in 2020" is not gapped). */
const ITEM_END = /^\s*(?:[,.;]|and\b|<sup>|\[\d|$)/;

/**
 * The reading of a number that stands right after an entity, as one item of a list whose previous item (a number read
 * with a certain reading) ends just before the entity: the same measure and time, of this entity. Anything else
 * between them (a verb, a year, another measure) leaves the reading to the ordinary readers.
 */
export function gappedReading(dataset: Dataset, text: string, segment: AnalysedSegment, token: NumberToken, previous: { token: NumberToken; reading: LinkReading } | undefined): LinkReading | undefined {
  if (!previous || previous.token.kind !== token.kind || previous.token.scale !== token.scale || previous.token.currency !== token.currency) return undefined;
  const sentence = sentenceOf(segment, token.start);
  if (previous.token.start < sentence.start) return undefined;
  const owner = segment.entities.find((e) => e.end <= token.start && /^[ \u00a0]+$/.test(text.slice(e.end, token.start)));
  if (!owner || owner.id === previous.reading.entity || owner.start < previous.token.end) return undefined;
  if (!dataset.observationsByKey.has(observationKey(owner.id, previous.reading.metric))) return undefined;
  // "VLM received EUR 2.9 million in 2024 and BZA EUR 4.7 million": the previous item's own year, right after its
  // number, is shared by the item after it.
  const join = text.slice(previous.token.end, owner.start).replace(OWN_YEAR_OF_ITEM, (words, year: string) => (Number(year) === previous.reading.year ? '' : words));
  // The previous item may name its measure after its number ("4,100 Sweden-linked papers"), but holds no digit.
  const lastComma = join.search(/,\s*(?:and\s+)?$|\s+and\s+$/);
  if (lastComma < 0 || /\d/.test(join) || !ITEM_JOIN.test(join.slice(lastComma))) return undefined;
  if (!ITEM_END.test(text.slice(token.end, sentence.end))) return undefined;
  const partners = previous.reading.partners.filter((m) => m.id !== owner.id);
  // The item names its own subject: only the previous item's lent time (if any) stays lent.
  const lent = previous.reading.lent?.filter((l) => l.slot !== 'subject');
  return { ...previous.reading, entity: owner.id, partners, evidence: [sentence], lent: lent?.length ? lent : undefined };
}

/** Whether `mention`, after `token`, opens a list item of its own: "…, and B 3,310", ", B 1,700", with no figure but years between. */
export function headsGappedItem(text: string, segment: AnalysedSegment, token: NumberToken, mention: Span): boolean {
  if (mention.start < token.end || !GAPPED_ITEM_FIGURE.test(text.slice(mention.end, mention.end + 8))) return false;
  if (!/(?:,|\band)\s+$/.test(text.slice(token.end, mention.start))) return false;
  return !segment.tokens.some((t) => t.start >= token.end && t.end <= mention.start && !t.yearLike);
}
const GAPPED_ITEM_FIGURE = /^[ \u00a0]+(?:[€$£¥]\s?|[A-Z]{3}[ \u00a0])?\d/;
