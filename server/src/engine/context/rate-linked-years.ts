// "Keio: 21 → 63 papers, tripled; CAGR 11.6%": a rate whose sentence states both endpoints but not their years. Each
// endpoint the link reader matched to a dataset fact of the same entity and measure carries that fact's year: the rate's
// period is those two years. Read only when neither endpoint names another year, the sentence names no other period,
// and each value is held by one year only of the entity's measure. The years are lent, so a wrong rate gets a suggestion only.
import type { DocumentLinks, ClaimLink } from './links.js';
import type { GrowthStatement, YearEvidence } from './growth.js';
import type { LentSlot } from './lent-slots.js';
import { itemsWithin } from './spans.js';
import { borrowedYearsRefused } from './rate-guards.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import { linksAt, statesFact } from './links.js';
import type { NumberToken } from '../numbers.js';
import type { Observation } from '@factlint/schemas';

export interface LinkedYears {
  years: YearEvidence;
  lent: LentSlot[];
  /** "KNB journeys 2016 and 2025, sources …": the facts the years were read from. */
  origin: string;
}

export function linkedYears(text: string, links: DocumentLinks, dataset: Dataset, statement: GrowthStatement): LinkedYears | undefined {
  const initialLink = yearOfValue(links, dataset, statement.initial);
  const finalLink = yearOfValue(links, dataset, statement.final);
  // "Visits to ULK rose from 96 thousand to 158 thousand": one endpoint linked (the latest year's value), the other
  // the one year of the same entity's measure that holds its value.
  let initial = initialLink ?? (finalLink && unlinked(links, statement.initial) ? factOfValue(dataset, finalLink, statement.initial) : undefined);
  let final = finalLink ?? (initialLink && unlinked(links, statement.final) ? factOfValue(dataset, initialLink, statement.final) : undefined);
  // "Keio: 21 → 63, at 11.6% a year": neither endpoint linked (the sentence names no measure), the two years of the
  // facts that hold both values.
  if (!initial && !final && unlinked(links, statement.initial) && unlinked(links, statement.final)) ({ initial, final } = factsOfValues(dataset, statement.initial, statement.final) ?? {});
  if (!initial || !final || initial.entity !== final.entity || initial.metric !== final.metric) return undefined;
  const from = initial.observation!.year!;
  const to = final.observation!.year!;
  if (to <= from) return undefined;
  // A year the statement names for an endpoint must be the fact's own.
  if ((statement.initialYear && statement.initialYear.value !== from) || (statement.finalYear && statement.finalYear.value !== to)) return undefined;
  const yearTokens = itemsWithin(statement.segment.tokens, statement.sentence).filter((t) => t.yearLike);
  if (borrowedYearsRefused(text, statement.sentence, yearTokens, { from, to })) return undefined;
  return {
    years: { from, to, source: 'paragraph', spans: [] },
    lent: [{ slot: 'time', from: 'the dataset facts of the endpoints' }],
    origin: `${initial.entity} ${initial.metric} ${from} and ${to}, sources ${initial.observation!.source}, ${final.observation!.source}`,
  };
}

/**
 * The link of `token` when it matches a fact of one year and no partner, and no other year of the entity's measure holds
 * the same value: the value alone then names the year.
 */
function yearOfValue(links: DocumentLinks, dataset: Dataset, token: NumberToken): ClaimLink | undefined {
  const found = linksAt(links, token.start);
  if (found.length !== 1) return undefined;
  const link = found[0]!;
  const o = link.observation;
  if (link.status !== 'match' || link.assumedTime || link.coincident || link.partner || !o || o.year === undefined || o.partner !== undefined) return undefined;
  const same = (dataset.observationsByKey.get(observationKey(link.entity, link.metric)) ?? []).filter((x) => x.partner === undefined && x.value !== undefined && x.value === o.value);
  return same.length === 1 ? link : undefined;
}

/** Whether nothing linked a figure to a fact (a figure linked to another measure or entity is that one's). */
function unlinked(links: DocumentLinks, token: NumberToken): boolean {
  return linksAt(links, token.start).length === 0;
}

type Fact = Pick<ClaimLink, 'entity' | 'metric' | 'observation'>;

/** The one fact among `facts` (of one measure, kept in `scale`) whose value the figure writes at its own precision. */
function soleFactStated(facts: readonly Observation[], token: NumberToken, scale: Parameters<typeof statesFact>[2]): Observation | undefined {
  const held = facts.filter((o) => statesFact(token, o.value!, scale));
  return held.length === 1 ? held[0] : undefined;
}

/**
 * The fact of `other`'s entity and measure whose value the figure writes at its own precision and scale, when one year
 * only holds it: `{ entity, metric, observation }` as a link would carry them.
 */
function factOfValue(dataset: Dataset, other: ClaimLink, token: NumberToken): Fact | undefined {
  const facts = (dataset.observationsByKey.get(observationKey(other.entity, other.metric)) ?? []).filter((o) => o.partner === undefined && o.value !== undefined && o.year !== undefined);
  const holding = soleFactStated(facts, token, dataset.metrics.get(other.metric)?.scale);
  if (!holding || facts.filter((o) => o.value === holding.value).length !== 1) return undefined;
  return { entity: other.entity, metric: other.metric, observation: holding };
}

/**
 * Two unlinked endpoints: the facts of one entity's count or currency measure, of two years, the first holding the
 * initial value and the second the final one (each the only year of that measure holding its value) — when every
 * entity and measure of the dataset holding such a pair gives the same two years. The rate needs only the years.
 */
function factsOfValues(dataset: Dataset, initialToken: NumberToken, finalToken: NumberToken): { initial: Fact; final: Fact } | undefined {
  let found: { initial: Fact; final: Fact } | undefined;
  for (const facts of dataset.observationsByKey.values()) {
    const metric = dataset.metrics.get(facts[0]?.metric ?? '');
    if (!metric || (metric.unit !== 'count' && metric.unit !== 'currency')) continue;
    const yearly = facts.filter((o) => o.partner === undefined && o.dimension === undefined && o.value !== undefined && o.year !== undefined);
    const from = soleFactStated(yearly, initialToken, metric.scale);
    const to = from && soleFactStated(yearly, finalToken, metric.scale);
    if (!from || !to || to.year! <= from.year!) continue;
    if (found && (found.initial.observation!.year !== from.year || found.final.observation!.year !== to.year)) return undefined;
    found ??= { initial: { entity: from.entity, metric: from.metric, observation: from }, final: { entity: to.entity, metric: to.metric, observation: to } };
  }
  return found;
}

