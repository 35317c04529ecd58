// A change computed from an endpoint the dataset says is wrong (acc-rate): "ship days jumped from 149 in 2022 to 240 in
// 2023, a rise of about 41%" where the dataset has 210 for 2023. The stated change fits the true endpoint, so the error
// is the endpoint's (the dataset-value rule's), not the change's.
import { roundHalfAwayFromZero, type NumberToken } from '../numbers.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import type { AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import { itemsWithin } from './spans.js';
import { tokenFactor, type DocumentLinks } from './links.js';
import { datasetCorrections } from './parts-dataset-slips.js';

/** The endpoint pairs to try besides the written ones: each endpoint the dataset corrects, replaced by its dataset value. */
export function correctedEndpoints(links: DocumentLinks, dataset: Dataset, initial: NumberToken, final: NumberToken): EndpointPair[] {
  const values = datasetCorrections(links, dataset);
  const i = values.get(initial.start);
  const f = values.get(final.start);
  return correctedPairs(initial, final, given(i), given(f));
}

/**
 * The same for an endpoint the link reader leaves unlinked: the statement's sentence names one entity and one count or
 * currency metric, each endpoint has its own year, and the dataset holds a value for it that differs from the written one.
 */
export function datasetCorrectedEndpoints(dataset: Dataset, segment: AnalysedSegment, sentence: Span, initial: NumberToken, final: NumberToken, initialYear: NumberToken | undefined, finalYear: NumberToken | undefined): EndpointPair[] {
  if (!initialYear || !finalYear || segment.entities.length === 0 || segment.metrics.length === 0) return [];
  const entities = new Set(itemsWithin(segment.entities, sentence).map((m) => m.id));
  // The metric is the one named just before the statement ("its ship days jumped from 149 …"), or the sentence's only one.
  const mentions = itemsWithin(segment.metrics, sentence);
  const near = mentions.filter((m) => m.end <= initial.start && initial.start - m.end <= 40).at(-1);
  const metrics = new Set(mentions.map((m) => m.id));
  if (entities.size !== 1 || (!near && metrics.size !== 1)) return [];
  const entity = [...entities][0]!;
  const metric = dataset.metrics.get(near?.id ?? [...metrics][0]!);
  if (!metric || (metric.unit !== 'count' && metric.unit !== 'currency')) return [];
  const valueOf = (t: NumberToken, year: number) => correctionOf(dataset, entity, metric, t, year);
  const i = valueOf(initial, initialYear.value);
  const f = valueOf(final, finalYear.value);
  return correctedPairs(initial, final, given(i), given(f));
}

/** Endpoints to compute a change from besides the written ones. */
export type EndpointPair = { initial: number; final: number };

/** The endpoint pairs with each corrected start, each corrected end, and each start with each end. */
export function correctedPairs(initial: NumberToken, final: NumberToken, starts: readonly number[], ends: readonly number[]): EndpointPair[] {
  return [...starts.map((i) => ({ initial: i, final: final.value })), ...ends.map((f) => ({ initial: initial.value, final: f })), ...starts.flatMap((i) => ends.map((f) => ({ initial: i, final: f })))];
}

const given = (x: number | undefined): number[] => (x === undefined ? [] : [x]);

/** The dataset's value of `entity`'s `metric` in `year` at the scale of the written `t`, when it differs from it. */
function correctionOf(dataset: Dataset, entity: string, metric: { id: string; scale?: string }, t: NumberToken, year: number): number | undefined {
  const o = dataset.observationsByKey.get(observationKey(entity, metric.id))?.find((x) => x.year === year && x.partner === undefined && x.value !== undefined);
  if (!o) return undefined;
  const v = o.value! / tokenFactor(t, metric.scale, o.value);
  return roundHalfAwayFromZero(v, t.decimals) === t.value ? undefined : v;
}
