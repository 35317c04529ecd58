// Human wording of dataset facts and sources for messages and hovers.
import type { Dataset } from '../dataset/index.js';

export function describeFact(dataset: Dataset, fact: { entity: string; metric: string; partner?: string; year?: number; period?: string; dimension?: string }): string {
  const entity = dataset.entities.get(fact.entity)?.name ?? fact.entity;
  const metric = `${dataset.metrics.get(fact.metric)?.label ?? fact.metric}${fact.dimension ? `, ${fact.dimension}` : ''}`;
  const partner = fact.partner ? ` with ${dataset.entities.get(fact.partner)?.name ?? fact.partner}` : '';
  const when = fact.year !== undefined ? ` (${fact.year})` : fact.period ? ` (${fact.period})` : '';
  return `${entity}: ${metric}${partner}${when}`;
}

export function describeSource(dataset: Dataset, id: string): string {
  const source = dataset.sources.get(id);
  if (!source) return `source ${id}`;
  const by = source.publisher ?? source.author;
  const when = source.date ?? source.year;
  return `source ${id}: ${source.title}${by ? `, ${by}` : ''}${when ? `, ${when}` : ''}`;
}
