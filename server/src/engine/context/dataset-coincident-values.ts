// A number that equals another entity's fact of the same measure is normally left alone ("the 902 combined" may be
// a sum, or the other's figure). When the clause states the entity, the measure and the time itself, names none of
// those other entities and speaks of no sum, the number is the entity's own stated value: a difference is reported,
// with a suggestion only, since the author may have copied the other's figure on purpose.
import type { Observation } from '@factlint/schemas';
import type { AnalysedSegment } from '../analysis.js';
import type { Dataset } from '../dataset/index.js';
import type { NumberToken } from '../numbers.js';
import type { LinkReading } from './link-reading.js';
import { inSpan, sentenceOf } from './spans.js';

/** Words of a sum, an average or several parties at once: the number may be no single entity's. */
const SEVERAL = /\b(?:combined|together|jointly|in\s+all|in\s+total|totals?|totalling|totaling|sum|each|both|respectively|average|averaged|mean|median|between\s+them|altogether|apiece|per)\b/i;

/** The other entity's fact the value equals, when the reading is certain and nothing suggests the value is the other's. */
export function coincidentValue(dataset: Dataset, segment: AnalysedSegment, token: NumberToken, reading: LinkReading, others: readonly Observation[]): Observation | undefined {
  if (!reading.certain || segment.kind === 'cell') return undefined;
  const sentence = sentenceOf(segment, token.start);
  if (SEVERAL.test(segment.text.slice(sentence.start - segment.start, sentence.end - segment.start))) return undefined;
  const named = new Set(segment.entities.filter((m) => inSpan(sentence, m)).map((m) => m.id));
  if (others.some((o) => o.entity === reading.entity || named.has(o.entity) || (o.partner !== undefined && named.has(o.partner)))) return undefined;
  // Only the entity itself named in the sentence: its own value. A subject only referred to ("The institute operated
  // seven plants", after a paragraph ending on another institute) may be the one whose figure it is (acc-dv9).
  if ([...named].some((id) => id !== reading.entity) || !named.has(reading.entity)) return undefined;
  return dataset.entities.has(others[0]!.entity) ? others[0] : undefined;
}
