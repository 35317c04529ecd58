// Made-up datasets several accuracy suites share: the labs of a "Made-up Lab Survey 2025" and the ski resorts of an
// "Alpine Resort Sustainability Ranking". Each suite adds its own measures, facts or editions.
import type { Dataset } from 'factlint';
import { datasetOf } from './helpers.js';

/** Tembo Lab and Nyota Lab (and any `entities` more), with the suite's measures and facts, from the source `survey`. */
export function labSurvey(parts: { entities?: unknown[]; metrics?: unknown[]; observations?: unknown[] } = {}): Dataset {
  return datasetOf({
    'labs.json': {
      sources: [{ id: 'survey', title: 'Made-up Lab Survey 2025', publisher: 'Made-up Office', year: 2025 }],
      entities: [
        { id: 'tembo', name: 'Tembo Lab', aliases: ['Tembo'], kind: 'organisation' },
        { id: 'nyota', name: 'Nyota Lab', aliases: ['Nyota'], kind: 'organisation' },
        ...(parts.entities ?? []),
      ],
      metrics: parts.metrics ?? [],
      observations: parts.observations ?? [],
    },
  });
}

/** An edition's places, first to last. */
export const places = (order: string[]) => order.map((entity, i) => ({ entity, rank: i + 1 }));

/**
 * Five ski resorts and the suite's editions of the Alpine Resort Sustainability Ranking (ARSR), source `arsr`; with
 * `subIndex`, also the editions of its separate Snow-Water Sub-Index (a second ranking of the same resorts).
 */
export function alpineResorts(editions: unknown[], subIndex?: unknown[]): Dataset {
  return datasetOf({
    'resorts.json': {
      sources: [{ id: 'arsr', title: 'Alpine Resort Sustainability Ranking, all editions', publisher: 'Made-up Alpine Trust', year: 2024 }],
      entities: [
        { id: 'brw', name: 'Brennwald Resort', aliases: ['Brennwald'], kind: 'organisation' },
        { id: 'ctv', name: 'Cortina Vale', aliases: [], kind: 'organisation' },
        { id: 'fks', name: 'Falkstein', aliases: [], kind: 'organisation' },
        { id: 'glh', name: 'Glimmerhorn', aliases: [], kind: 'organisation' },
        { id: 'osw', name: 'Ostwand', aliases: [], kind: 'organisation' },
      ],
      metrics: [],
      observations: [],
      rankings: [
        { id: 'arsr', label: 'Alpine Resort Sustainability Ranking', phrases: ['Alpine Resort Sustainability Ranking', 'ARSR'], editions },
        ...(subIndex ? [{ id: 'arsr-water', label: 'ARSR Snow-Water Sub-Index', phrases: ['Snow-Water Sub-Index', 'water sub-index', 'snow-water ranking', 'sub-index'], editions: subIndex }] : []),
      ],
    },
  });
}

/**
 * The ARSR 2022–2024 and its Snow-Water Sub-Index 2023–2024. Falkstein: ARSR 3rd, 2nd, 3rd; sub-index 1st in both.
 * Ostwand: ARSR 5th, 5th, 4th; sub-index 4th, 2nd.
 */
export function alpineWithSubIndex(): Dataset {
  return alpineResorts(
    [
      { year: 2022, method: 'standard', source: 'arsr', ranks: places(['brw', 'ctv', 'fks', 'glh', 'osw']) },
      { year: 2023, method: 'standard', source: 'arsr', ranks: places(['brw', 'fks', 'ctv', 'glh', 'osw']) },
      { year: 2024, method: 'standard', source: 'arsr', ranks: places(['ctv', 'brw', 'fks', 'osw', 'glh']) },
    ],
    [
      { year: 2023, method: 'snow-water sub-index', source: 'arsr', ranks: places(['fks', 'glh', 'brw', 'osw', 'ctv']) },
      { year: 2024, method: 'snow-water sub-index', source: 'arsr', ranks: places(['fks', 'osw', 'glh', 'brw', 'ctv']) },
    ],
  );
}

/** Four made-up volcano observatories (two in Iceland): alerts in 2022–2023, grants and field staff (acc-parts). */
export function volcanoObservatories(): Dataset {
  return datasetOf({
    'volcanoes.json': {
      sources: [{ id: 'alert-log', title: 'Made-up Volcano Alert Log 2024', publisher: 'Made-up Volcano Board', year: 2024 }],
      entities: [
        { id: 'hwo', name: 'Hekla Watch Observatory', aliases: ['HWO'], kind: 'research-institute', country: 'Iceland' },
        { id: 'kvo', name: 'Katla Vigil Observatory', aliases: ['KVO'], kind: 'research-institute', country: 'Iceland' },
        { id: 'eto', name: 'Etna Tephra Observatory', aliases: ['ETO'], kind: 'research-institute', country: 'Italy' },
        { id: 'vso', name: 'Villarrica Seismic Observatory', aliases: ['VSO'], kind: 'research-institute', country: 'Chile' },
      ],
      metrics: [
        { id: 'alerts', label: 'Volcanic alerts issued', unit: 'count', phrases: ['volcanic alerts', 'alerts', 'alert notices'] },
        { id: 'grants', label: 'Grant income', unit: 'currency', currency: 'GBP', scale: 'million', phrases: ['grant income', 'grants'] },
        { id: 'field-staff', label: 'Field staff (at 31 December)', unit: 'count', phrases: ['field staff', 'staff'] },
      ],
      observations: [
        ...(
          [
            ['hwo', 120, 150, 3.2, 11],
            ['kvo', 80, 90, 1.8, 7],
            ['eto', 200, 210, 4.5, 15],
            ['vso', 50, 40, 0.9, 4],
          ] as const
        ).flatMap(([entity, a22, a23, g23, s23]) => [
          { entity, metric: 'alerts', year: 2022, value: a22, source: 'alert-log' },
          { entity, metric: 'alerts', year: 2023, value: a23, source: 'alert-log' },
          { entity, metric: 'grants', year: 2023, value: g23, source: 'alert-log' },
          { entity, metric: 'field-staff', year: 2022, value: s23 - 1, source: 'alert-log' },
          { entity, metric: 'field-staff', year: 2023, value: s23, source: 'alert-log' },
        ]),
      ],
    },
  });
}

/**
 * The two cooperatives of the "Urban Apiary Census 2025" (source `census`), their hives of 2019 and 2024 and RBC's
 * members of 2024, with the suite's measures and facts more; the incremental suites read drafts about them.
 */
export function urbanApiary(parts: { metrics?: unknown[]; observations?: unknown[] } = {}): Dataset {
  return datasetOf({
    'bees.json': {
      sources: [{ id: 'census', title: 'Urban Apiary Census 2025', publisher: 'Made-up Beekeepers Federation', year: 2025 }],
      entities: [
        { id: 'nac', name: 'Northfield Apiary Cooperative', aliases: ['NAC', 'the Northfield cooperative'], kind: 'organisation' },
        { id: 'rbc', name: 'Riverside Bee Collective', aliases: ['RBC'], kind: 'organisation' },
      ],
      metrics: [
        { id: 'hives', label: 'Hives maintained', unit: 'count', phrases: ['hives maintained', 'hives'] },
        { id: 'members', label: 'Members', unit: 'count', phrases: ['members'] },
        ...(parts.metrics ?? []),
      ],
      observations: [
        { entity: 'nac', metric: 'hives', year: 2019, value: 350, source: 'census' },
        { entity: 'nac', metric: 'hives', year: 2024, value: 421, source: 'census' },
        { entity: 'rbc', metric: 'hives', year: 2019, value: 150, source: 'census' },
        { entity: 'rbc', metric: 'hives', year: 2024, value: 198, source: 'census' },
        { entity: 'rbc', metric: 'members', year: 2024, value: 640, source: 'census' },
        ...(parts.observations ?? []),
      ],
    },
  });
}
