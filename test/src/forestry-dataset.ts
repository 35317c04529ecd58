// The made-up forestry laboratories of the points-gap tests, shared by the accuracy suite and the incremental one
// (perf-key42), which edits drafts about the same facts.
import type { Dataset } from 'factlint';
import { datasetOf } from './helpers.js';

const SOURCE = 'fls';

/** Alder, Birch and Cedar: funding mixes, index scores, partner shares by period and seedling loss rates. */
export function forestryDataset(): Dataset {
  return datasetOf({
    'forestry.json': {
      sources: [{ id: SOURCE, title: 'Forestry Laboratory Survey', publisher: 'Made-up Forestry Office', year: 2026 }],
      entities: [
        { id: 'alder', name: 'Alder Forest Laboratory', aliases: ['Alder', 'AFL'], kind: 'research-institute' },
        { id: 'birch', name: 'Birch Timber Institute', aliases: ['Birch', 'BTI'], kind: 'research-institute' },
        { id: 'cedar', name: 'Cedar Woodland College', aliases: ['Cedar'], kind: 'university' },
        { id: 'norway', name: 'Norway', kind: 'country' },
      ],
      metrics: [
        { id: 'funding-mix', label: 'Budget by funding source', unit: 'percent', phrases: ['funding mix'], breakdown: 'exclusive' },
        { id: 'lab-score', label: 'Forestry index composite score', unit: 'score', phrases: ['index score', 'composite score'] },
        { id: 'partner-share', label: 'Share of joint papers with a partner', unit: 'percent', phrases: ['partner share'] },
        { id: 'seedling-loss', label: 'Seedling loss rate', unit: 'percent', phrases: ['seedling loss', 'loss rate'] },
      ],
      observations: [
        ...[['alder', 50, 35, 15], ['birch', 41, 44, 15]].flatMap(([entity, core, industry, other]) => [
          { entity, metric: 'funding-mix', year: 2024, dimension: 'Core state funding', value: core, source: SOURCE },
          { entity, metric: 'funding-mix', year: 2024, dimension: 'Industry contracts', value: industry, source: SOURCE },
          { entity, metric: 'funding-mix', year: 2024, dimension: 'Other income', value: other, source: SOURCE },
        ]),
        { entity: 'alder', metric: 'lab-score', year: 2024, value: 79.5, source: SOURCE },
        { entity: 'alder', metric: 'lab-score', year: 2025, value: 81.5, source: SOURCE },
        { entity: 'birch', metric: 'lab-score', year: 2024, value: 80.1, source: SOURCE },
        { entity: 'birch', metric: 'lab-score', year: 2025, value: 77.5, source: SOURCE },
        { entity: 'alder', metric: 'partner-share', period: '2020–2024', partner: 'cedar', value: 30.0, source: SOURCE },
        { entity: 'birch', metric: 'partner-share', period: '2020–2024', partner: 'cedar', value: 20.0, source: SOURCE },
        { entity: 'alder', metric: 'partner-share', period: '2015–2019', partner: 'norway', value: 22.5, source: SOURCE },
        { entity: 'alder', metric: 'partner-share', period: '2020–2024', partner: 'norway', value: 18.0, source: SOURCE },
        { entity: 'alder', metric: 'seedling-loss', year: 2016, value: 12.0, source: SOURCE },
        { entity: 'alder', metric: 'seedling-loss', year: 2025, value: 10.0, source: SOURCE },
        { entity: 'birch', metric: 'seedling-loss', year: 2016, value: 14.0, source: SOURCE },
        { entity: 'birch', metric: 'seedling-loss', year: 2025, value: 15.0, source: SOURCE },
      ],
    },
  });
}
