// zod schema of one factlint dataset file: the single source of truth for its types and JSON Schema.
import * as z from 'zod';

/** Ids are stable, kebab-case handles that other records refer to. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'an id in kebab-case, e.g. "utokyo" or "gii-2025"')
  .describe('Stable kebab-case identifier referenced by other records.');

export const Year = z
  .number()
  .int('a whole year')
  .min(1900, 'a year between 1900 and 2100')
  .max(2100, 'a year between 1900 and 2100');

/** "2015–2024" or "2015-2024": an inclusive span of years. */
export const Period = z
  .string()
  .regex(/^\d{4}\s*[–-]\s*\d{4}$/, 'a period written as "2015–2024"')
  .describe('Inclusive span of years, e.g. "2015–2024" (en dash or hyphen).');

export const Source = z
  .object({
    id: Id,
    title: z.string().min(1),
    publisher: z.string().min(1).optional().describe('Publisher, organisation or author.'),
    author: z.string().min(1).optional(),
    year: Year.optional(),
    date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date written as YYYY-MM or YYYY-MM-DD').optional(),
    url: z.url().optional(),
    note: z.string().optional(),
  })
  .strict()
  .describe('Where a fact comes from. Every observation and ranking edition names one.');

export const EntityKind = z.enum([
  'university',
  'research-institute',
  'company',
  'cluster',
  'country',
  'region',
  'programme',
  'agency',
  'organisation',
]);

export const Entity = z
  .object({
    id: Id,
    name: z.string().min(1).describe('Canonical name.'),
    aliases: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'Names exactly as authors write them. Matching ignores case, a leading "The", and en dash versus hyphen.',
      ),
    kind: EntityKind,
    country: z.string().min(2).optional().describe('Country (or economy) the entity belongs to.'),
    description: z.string().optional().describe('One line shown in hover cards.'),
    noun: z
      .string()
      .regex(/^\p{Ll}[\p{Ll}-]*$/u, 'one lower-case word, singular: "club", "zoo"')
      .optional()
      .describe(
        'The common noun a report calls the entity by, singular and lower case ("club"): "the club" then refers back to it and "the eight clubs" may be a group of the entities so called. Nouns that end three or more aliases ("the Swan zoo") are read without it.',
      ),
    successorOf: z.array(Id).optional().describe('Entities merged into this one (former names).'),
  })
  .strict();

export const MetricUnit = z.enum(['count', 'percent', 'growth', 'currency', 'score', 'rank', 'rate', 'ratio']);

export const Metric = z
  .object({
    id: Id,
    label: z.string().min(1),
    unit: MetricUnit.describe(
      'count: whole things; percent: a share from 0 to 100 (a metric whose id or label says share, or a breakdown), else a rate in percent, 0 or more; growth: a percent change or CAGR (may exceed 100 or be negative); currency: money with a scale (may be negative: a loss, a deficit); score: an index value; rank: a position from 1; rate: a count per unit (per capita); ratio: a plain ratio.',
    ),
    currency: z.string().min(1).optional().describe('ISO code or symbol, for unit currency (USD, JPY).'),
    scale: z.enum(['one', 'thousand', 'million', 'billion', 'trillion']).optional().describe('Scale of the values: of money, or of a count kept in thousands or millions (596.8 with scale million is 596,800,000).'),
    phrases: z.array(z.string().min(1)).default([]).describe('Phrases authors use for this metric.'),
    breakdown: z
      .enum(['exclusive', 'overlapping'])
      .optional()
      .describe('For shares: exclusive shares partition a whole (sum to 100%); overlapping ones may exceed 100%.'),
    description: z.string().optional(),
  })
  .strict();

export const Observation = z
  .object({
    entity: Id,
    metric: Id,
    year: Year.optional(),
    period: Period.optional(),
    partner: Id.optional().describe('Second entity of a pair, e.g. UTokyo × Stockholm University.'),
    dimension: z.string().min(1).optional().describe('Any further qualifier, e.g. "old method".'),
    value: z.number().optional(),
    range: z.tuple([z.number(), z.number()]).optional().describe('A stated range such as 61–73%.'),
    derivedFrom: z.string().optional().describe('How a derived fact follows from others, e.g. "638 / 902".'),
    source: Id,
    note: z.string().optional(),
  })
  .strict()
  .refine((o) => o.value !== undefined || o.range !== undefined, {
    message: 'an observation needs a value or a range',
    path: ['value'],
  })
  .refine((o) => !(o.year !== undefined && o.period !== undefined), {
    message: 'give a year or a period, not both',
    path: ['period'],
  });

export const RankingEntry = z
  .object({
    entity: Id,
    rank: z.number().int('a whole rank').min(1, 'a rank of 1 or more'),
  })
  .strict();

export const RankingEdition = z
  .object({
    year: Year,
    method: z.string().min(1).describe('What the edition ranks on, e.g. "patents+publications+vc".'),
    published: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date written as YYYY-MM or YYYY-MM-DD').optional(),
    coverage: z.number().int().min(1).optional().describe('How many places the dataset holds (top 15); absent: complete.'),
    hypothetical: z
      .boolean()
      .optional()
      .describe('A counterfactual edition ("would still rank first under the old method"): used only when the text speaks of that method.'),
    source: Id,
    ranks: z.array(RankingEntry).min(1),
    note: z.string().optional(),
  })
  .strict();

export const Ranking = z
  .object({
    id: Id,
    label: z.string().min(1),
    phrases: z.array(z.string().min(1)).default([]).describe('How authors name the ranking ("GII", "cluster ranking").'),
    editions: z.array(RankingEdition).min(1),
  })
  .strict();

/** One dataset file; a dataset is one or more of them merged. Every section is optional per file. */
export const DatasetFile = z
  .object({
    $schema: z.string().optional(),
    sources: z.array(Source).default([]),
    entities: z.array(Entity).default([]),
    metrics: z.array(Metric).default([]),
    observations: z.array(Observation).default([]),
    rankings: z.array(Ranking).default([]),
  })
  .strict()
  .describe('A factlint dataset file: sources, entities, metrics, observations and rankings.');

export type Source = z.infer<typeof Source>;
export type Entity = z.infer<typeof Entity>;
export type EntityKind = z.infer<typeof EntityKind>;
export type Metric = z.infer<typeof Metric>;
export type MetricUnit = z.infer<typeof MetricUnit>;
export type Observation = z.infer<typeof Observation>;
export type Ranking = z.infer<typeof Ranking>;
export type RankingEdition = z.infer<typeof RankingEdition>;
export type RankingEntry = z.infer<typeof RankingEntry>;
export type DatasetFile = z.infer<typeof DatasetFile>;
