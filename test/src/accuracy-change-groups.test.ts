// Changes in the layouts several authors use beside one another: a table of column groups (two measures, each with
// its two year columns and its own change column), a year column marked provisional ("2025 (p)"), a table whose rows
// are years closed by a row of changes in points, and a sentence whose subject is its measure alone, the entity named
// by the sentence before. A change computed from a table endpoint the dataset corrects is the endpoint's error, not the
// change's. On made-up ferry operators.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings, table } from './helpers.js';

const SOURCES = [{ id: 'fso', title: 'Ferry Services Observatory', publisher: 'Made-up Maritime Board', year: 2026 }];
const OPERATORS = [
  { id: 'nfl', name: 'Northsound Ferry Lines', aliases: ['NFL'], kind: 'company' },
  { id: 'kfc', name: 'Kestrel Ferry Company', aliases: ['KFC'], kind: 'company' },
];
const series = (entity: string, metric: string, values: Record<number, number>) => Object.entries(values).map(([year, value]) => ({ entity, metric, year: Number(year), value, source: 'fso' }));
const engine = createEngine({
  dataset: datasetOf({
    'ferries.json': {
      sources: SOURCES,
      entities: OPERATORS,
      metrics: [
        { id: 'crossings', label: 'Passenger crossings (thousand)', unit: 'count', phrases: ['passenger crossings', 'crossings'] },
        { id: 'on-time', label: 'Sailings on time (%)', unit: 'percent', phrases: ['on-time rate', 'sailings on time'] },
      ],
      observations: [
        ...series('nfl', 'crossings', { 2019: 400, 2024: 520, 2025: 560 }),
        ...series('kfc', 'crossings', { 2019: 300, 2024: 330, 2025: 345 }),
        ...series('nfl', 'on-time', { 2024: 88.0, 2025: 90.5 }),
        ...series('kfc', 'on-time', { 2024: 91.0, 2025: 90.0 }),
      ],
    },
  }),
});
const seen = (text: string) => seenFindings(engine, text, new Set(['percent-change', 'cagr'])).map((f) => [f.stated, f.fix ?? null, f.suggestion ?? null]);

describe('a table of column groups, each with its own change column', () => {
  const header = 'Operator | Crossings 2024 | Crossings 2025 | Change | On-time rate 2024 (%) | On-time rate 2025 (%) | Change (points)';
  it('checks each change column against the two year columns just before it', () => {
    assert.deepEqual(seen(table(header, 'NFL | 520 | 560 | +7.7% | 88.0 | 90.5 | +2.5', 'KFC | 330 | 345 | +6.5% | 91.0 | 90.0 | +1.0')), [
      ['+6.5%', '+4.5%', null],
      ['+1.0', null, '-1.0'],
    ]);
  });
  it('is silent on right columns', () => {
    assert.deepEqual(seen(table(header, 'NFL | 520 | 560 | +7.7% | 88.0 | 90.5 | +2.5', 'KFC | 330 | 345 | +4.5% | 91.0 | 90.0 | −1.0')), []);
  });
  it('does not blame the change when an endpoint is the one the dataset corrects', () => {
    // 89.5 for 2025 is the dataset's 90.5 mistyped: +2.5 is right from the true endpoint, so it stays unflagged.
    assert.deepEqual(seen(table(header, 'NFL | 520 | 560 | +7.7% | 88.0 | 89.5 | +2.5')), []);
  });
  it('reads no group whose change column does not follow its pair', () => {
    assert.deepEqual(seen(table('Operator | Crossings 2024 | On-time rate 2024 (%) | Crossings 2025 | On-time rate 2025 (%) | Change', 'KFC | 330 | 91.0 | 345 | 90.0 | +6.5%')), []);
  });
});

describe('a year column marked provisional', () => {
  it('pairs "2025 (p)" with 2024', () => {
    assert.deepEqual(seen(table('Operator | 2024 | 2025 (p) | Change', 'Alpha line | 120 | 132 | +12.0%', 'Beta line | 200 | 210 | +5.0%')), [['+12.0%', null, '+10.0%']]);
    assert.deepEqual(seen(table('Operator | 2024 | 2025 (p) | Change', 'Alpha line | 120 | 132 | +10.0%')), []);
  });
});

describe('a table of year rows closed by a row of changes in points', () => {
  it('checks each column, its cells written without "%"', () => {
    assert.deepEqual(seen(table('Year | Alpha line | Beta line', '2019 | 61.5 | 70.2', '2024 | 80.0 | 75.0', 'Change (points) | +18.5 | +5.8')), [['+5.8', null, '+4.8']]);
  });
  it('leaves a row of points under currency alone', () => {
    assert.deepEqual(seen(table('Year | Alpha line | Beta line', '2019 | EUR 1.5m | EUR 2.0m', '2024 | EUR 2.5m | EUR 2.2m', 'Change (points) | +1.5 | +0.1')), []);
  });
});

describe('a sentence whose subject is its measure alone', () => {
  it('speaks of the one operator the sentence before names', () => {
    assert.deepEqual(seen('NFL carried 560 thousand passengers in 2025. Put another way, crossings rose by 28% between 2019 and 2025.\n'), [['28%', null, '40%']]);
    assert.deepEqual(seen('NFL carried 560 thousand passengers in 2025. Crossings rose by 40% between 2019 and 2025.\n'), []);
  });
  it('reads nothing when the sentence before names two operators, or the lead names another party', () => {
    assert.deepEqual(seen('NFL and KFC both grew in 2025. Crossings rose by 28% between 2019 and 2025.\n'), []);
    assert.deepEqual(seen('NFL carried 560 thousand passengers in 2025. Across the region, crossings rose by 28% between 2019 and 2025.\n'), []);
  });
  it('speaks of the one operator "the company" refers back to', () => {
    assert.deepEqual(seen('Kestrel Ferry Company renewed its fleet in 2023. The company’s crossings rose by 20% between 2019 and 2025.\n'), [['20%', null, '15%']]);
  });
});

describe('a rate named by one word after a semicolon', () => {
  it('belongs to the statement before it: "; an annualised x%", "; a compound x% a year"', () => {
    assert.deepEqual(seen('NFL crossings: 400 → 560; an annualised 4.9%.\n'), [['4.9%', null, '5.8%']]);
    assert.deepEqual(seen('NFL crossings: 400 → 560; a compound 4.9% a year.\n'), [['4.9%', null, '5.8%']]);
    assert.deepEqual(seen('NFL crossings: 400 → 560; an annualised 5.8%.\n'), []);
  });
  it('is no rate of the statement when the clause names another subject', () => {
    assert.deepEqual(seen('NFL crossings: 400 → 560; KFC an annualised 4.9%.\n'), []);
  });
});
