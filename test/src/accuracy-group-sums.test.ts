// A group's sum or share checked against its members' dataset facts (acc-sum27): a group named by a region ("the three
// Nordic operators", "Iberia's two operators"), "over the decade" and "last year" as its time, members listed in
// brackets, "Together they …" right after the group, a figure whose own noun names the measure, a Total row beside a
// cell the dataset corrects, and the elliptic pairs after a share. Made-up ferry operators; sentences written for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings, table } from './helpers.js';

const operators = [
  { id: 'nfl', name: 'Nordfjord Ferry Lines', aliases: ['NFL'], country: 'Norway', base: 100, step: 10, grant: 4.2, crossings: 30 },
  { id: 'gsf', name: 'Gotland Sound Ferries', aliases: ['GSF'], country: 'Sweden', base: 200, step: 5, grant: 3.1, crossings: 40 },
  { id: 'bsc', name: 'Bornholm Strait Crossings', aliases: ['BSC'], country: 'Denmark', base: 50, step: 2, grant: 1.5, crossings: 20 },
  { id: 'gbf', name: 'Galician Bay Ferries', aliases: ['GBF'], country: 'Spain', base: 300, step: 0, grant: 6.0, crossings: 25 },
  { id: 'tef', name: 'Tagus Estuary Ferries', aliases: ['TEF'], country: 'Portugal', base: 80, step: 1, grant: 2.2, crossings: 15 },
];
const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const engine = createEngine({
  dataset: datasetOf({
    'ferries.json': {
      sources: [{ id: 'fr', title: 'Ferry Operator Returns', publisher: 'Made-up Maritime Office', year: 2026 }],
      entities: operators.map(({ id, name, aliases, country }) => ({ id, name, aliases, kind: 'company', country })),
      metrics: [
        { id: 'passengers', label: 'Passengers carried', unit: 'count', phrases: ['passengers'] },
        { id: 'grant', label: 'Public grant', unit: 'currency', currency: 'EUR', scale: 'million', phrases: ['public grant', 'public grants'] },
        { id: 'crossings', label: 'Ferry crossings', unit: 'count', phrases: ['ferry crossings'] },
      ],
      observations: operators.flatMap((o) => [
        ...YEARS.map((year) => ({ entity: o.id, metric: 'passengers', year, value: o.base + (year - 2016) * o.step, source: 'fr' })),
        { entity: o.id, metric: 'grant', year: 2025, value: o.grant, source: 'fr' },
        { entity: o.id, metric: 'crossings', year: 2024, value: o.crossings, source: 'fr' },
      ]),
    },
  }),
});
const seen = (text: string, rules = ['total', 'share']) => seenFindings(engine, text, new Set(rules)).map((f) => [f.rule, f.stated, f.fix ?? null, f.suggestion ?? null]);

describe('a group named by its region is every entity of the region’s countries', () => {
  it('sums the Nordic or Iberian members, by adjective or by the region’s name', () => {
    // Nordic 2025: 190 + 245 + 68 = 503; Iberian: 300 + 89 = 389.
    assert.deepEqual(seen('The three Nordic operators together carried 530 passengers in 2025.\n'), [['total', '530', null, '503']]);
    assert.deepEqual(seen('Iberia’s two operators carried 398 passengers in 2025.\n'), [['total', '398', null, '389']]);
  });

  it('is silent on the right sum and on a group whose size is not the region’s', () => {
    for (const text of ['The three Nordic operators together carried 503 passengers in 2025.\n', 'The two Nordic operators together carried 530 passengers in 2025.\n']) {
      assert.deepEqual(seen(text), [], text);
    }
  });
});

describe('the time of a group’s sum said in words', () => {
  it('reads "over the decade" as the ten years the dataset holds, and "last year" as its latest year', () => {
    // NFL 2016–2025: 1,450; GSF: 2,225; together 3,675. 2025: 190 + 245 = 435.
    assert.deepEqual(seen('NFL and GSF together carried 3,765 passengers over the decade.\n'), [['total', '3,765', null, '3,675']]);
    assert.deepEqual(seen('NFL and GSF together carried 453 passengers last year.\n'), [['total', '453', null, '435']]);
  });

  it('is silent when the sums hold', () => {
    for (const text of ['NFL and GSF together carried 3,675 passengers over the decade.\n', 'NFL and GSF together carried 435 passengers last year.\n']) {
      assert.deepEqual(seen(text), [], text);
    }
  });
});

describe('members named around the group', () => {
  it('reads members listed in brackets after the group’s noun', () => {
    assert.deepEqual(seen('The northern trio (NFL, GSF, BSC) together carried 530 passengers in 2025.\n'), [['total', '530', null, '503']]);
    assert.deepEqual(seen('The northern trio (NFL, GSF, BSC) together carried 503 passengers in 2025.\n'), []);
  });

  it('reads "Together they" right after a sentence naming the group, as a suggestion', () => {
    const text = 'The three Nordic operators carried 503 passengers in 2025. Together they received EUR 9.8 million in public grants in 2025.\n';
    assert.deepEqual(seen(text), [['total', 'EUR 9.8 million', null, 'EUR 8.8 million']]);
    assert.deepEqual(seen(text.replace('9.8', '8.8')), []);
  });

  it('leaves "they" alone when no group is named right before', () => {
    assert.deepEqual(seen('Ferries matter. Together they received EUR 9.8 million in public grants in 2025.\n'), []);
  });
});

describe('a figure whose own noun names the measure', () => {
  it('reads "115 crossings between them" below a paragraph of its section naming ferry crossings', () => {
    const text = '## Crossings\n\nFerry crossings are counted by the harbour masters.\n\nIn 2024 the five operators made 115 crossings between them.\n';
    assert.deepEqual(seen(text), [['total', '115', null, '130']]);
  });

  it('needs the sentence to claim the sum', () => {
    assert.deepEqual(seen('## Crossings\n\nFerry crossings are counted by the harbour masters.\n\nIn 2024 the five operators made 115 crossings.\n'), []);
  });
});

describe('a Total row beside a cell the dataset corrects', () => {
  const rows = (nfl: string, total: string) => table('Operator | 2025', `NFL | ${nfl}`, 'GSF | 245', 'BSC | 68', `Total | ${total}`);

  it('reports a Total that holds neither with the stated cells nor with the dataset’s', () => {
    // NFL is 190 in the dataset: the cells put right add up to 503; as stated (170) to 483.
    assert.deepEqual(seen(`Passengers carried in 2025:\n\n${rows('170', '530')}`), [['total', '530', null, '503']]);
  });

  it('leaves a Total that holds with either to the cell’s own finding', () => {
    assert.deepEqual(seen(`Passengers carried in 2025:\n\n${rows('170', '503')}`), []);
    assert.deepEqual(seen(`Passengers carried in 2025:\n\n${rows('170', '483')}`), []);
  });
});

describe('elliptic pairs after a share take its whole', () => {
  it('checks each later "name figure (share)" pair against the first pair’s whole', () => {
    assert.deepEqual(seen('Of the 500 sailings in 2025, NFL ran 200 (40.0%), GSF 150 (35.0%) and BSC 150 (30.0%).\n'), [['share', '35.0%', null, '30.0%']]);
  });

  it('is silent when the pairs hold or a share names another whole', () => {
    for (const text of [
      'Of the 500 sailings in 2025, NFL ran 200 (40.0%), GSF 150 (30.0%) and BSC 150 (30.0%).\n',
      'Of the 500 sailings in 2025, NFL ran 200 (40.0%), GSF 150 (35.0% of its own timetable).\n',
    ]) {
      assert.deepEqual(seen(text), [], text);
    }
  });
});
