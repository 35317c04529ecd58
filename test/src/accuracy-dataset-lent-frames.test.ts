// Dataset values whose year is lent from outside their sentence (a heading, "in the same year"), shares named by their
// whole after the percent ("12.4% of national honey exports"), and a share that equals another share of its entity:
// each read against the claim's own subject, measure and year, and reported as a suggestion only. Made-up apiaries.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings, seenNotes } from './helpers.js';

const engine = createEngine({
  dataset: datasetOf({
    'apiaries.json': {
      sources: [{ id: 'hbr', title: 'Hive and Bench Returns', publisher: 'Made-up Apiculture Board', year: 2025 }],
      entities: [
        { id: 'hars', name: 'Halden Apiary Research Station', aliases: ['HARS'], kind: 'research-institute' },
        { id: 'mpi', name: 'Morrow Pollination Institute', aliases: ['MPI'], kind: 'research-institute' },
      ],
      metrics: [
        { id: 'hives', label: 'Managed hives (at 31 December)', unit: 'count', phrases: ['managed hives'] },
        { id: 'export-share', label: 'Share of national honey exports', unit: 'percent', phrases: ['share of national honey exports'] },
        { id: 'contract-share', label: 'Share of national pollination contracts', unit: 'percent', phrases: ['share of national pollination contracts'] },
        { id: 'queen-share', label: 'Share of national queen sales', unit: 'percent', phrases: ['share of national queen sales'] },
      ],
      observations: [
        { entity: 'hars', metric: 'hives', year: 2023, value: 412, source: 'hbr' },
        { entity: 'hars', metric: 'hives', year: 2024, value: 436, source: 'hbr' },
        { entity: 'mpi', metric: 'hives', year: 2024, value: 290, source: 'hbr' },
        { entity: 'hars', metric: 'export-share', year: 2024, value: 12.4, source: 'hbr' },
        { entity: 'hars', metric: 'contract-share', year: 2024, value: 8.7, source: 'hbr' },
        { entity: 'hars', metric: 'queen-share', year: 2024, value: 9, source: 'hbr' },
        { entity: 'mpi', metric: 'export-share', year: 2024, value: 5.3, source: 'hbr' },
      ],
    },
  }),
});
const seen = (text: string) => seenFindings(engine, text, new Set(['dataset-value'])).map((f) => [f.stated, f.fix ?? null, f.suggestion ?? null]);

describe('a value whose year is lent from outside its sentence', () => {
  it('notes the figure of another year under a heading that names the year, with the value as a suggestion', () => {
    assert.deepEqual(seen('# Station diary\n\n### 2023\n\nManaged hives at HARS reached 436.\n'), []);
    assert.deepEqual(seenNotes(engine, '# Station diary\n\n### 2023\n\nManaged hives at HARS reached 436.\n', 'dataset-value').map((f) => [f.stated, f.suggestion]), [['436', '412']]);
  });

  it('reports the figure of another year said "in the same year", as a suggestion', () => {
    assert.deepEqual(seen('MPI had 290 managed hives in 2024, and HARS kept 412 managed hives in the same year.\n'), [['412', null, '436']]);
  });

  it('is silent on the right figure, and on a sentence that names its own year', () => {
    for (const text of [
      '# Station diary\n\n### 2023\n\nManaged hives at HARS reached 412.\n',
      '# Station diary\n\n### 2023\n\nIn 2024 managed hives at HARS reached 436.\n',
      'MPI had 290 managed hives in 2024, and HARS kept 436 managed hives in the same year.\n',
    ]) {
      assert.deepEqual(seen(text), [], text);
    }
  });
});

describe('a share named by its whole after the percent', () => {
  it('reads "x% of <whole>" as the share measure that names that whole, as a suggestion (the whole does not name the part)', () => {
    assert.deepEqual(seen('In 2024 the jars of HARS made up 21.4% of national honey exports.\n'), [['21.4%', null, '12.4%']]);
  });

  it('is silent on the right share, on a percent that restates a figure before it, and on a whole a group bounds', () => {
    for (const text of [
      'In 2024 the jars of HARS made up 12.4% of national honey exports.\n',
      'In 2024 HARS shipped 80 tonnes, 21.4% of national honey exports.\n',
      'In 2024 HARS shipped 21.4% of national honey exports across the two institutes.\n',
    ]) {
      assert.deepEqual(seen(text), [], text);
    }
  });
});

describe('a share that equals another share of its entity', () => {
  const card = (value: string) => `## HARS in 2024\n\n| Indicator | Value |\n| --- | ---: |\n| Share of national honey exports | ${value} |\n`;
  it('notes it against the measure its row names, with the other share named (the year is the caption’s: a note)', () => {
    // A year lent from a table's caption or heading is too far for a finding (lent-slots.ts, DOUBTFUL): a note.
    assert.deepEqual(seen(card('8.7%')), []);
    assert.deepEqual(seenNotes(engine, card('8.7%'), 'dataset-value'), [{ rule: 'dataset-value', stated: '8.7%', suggestion: '12.4%' }]);
    const noting = createEngine({ dataset: engine.dataset, rules: { unverified: 'info' } });
    const message = noting.check(card('8.7%')).diagnostics.find((d) => d.ruleId === 'unverified')!.message;
    assert.match(message, /8\.7% is the dataset’s figure for Halden Apiary Research Station: Share of national pollination contracts \(2024\)/);
  });

  it('is silent on the right share, and on a whole percent that equals another share (a coincidence is likelier)', () => {
    assert.deepEqual(seen(card('12.4%')), []);
    assert.deepEqual(seen(card('9%')), []);
  });
});

describe('the organisation a report chapter speaks for, named by its byline', () => {
  const chapter = (byline: string, value: string) => `# 4. Hives and honey\n\n*${byline}*\n\n## 4.1 Hives\n\nManaged hives reached ${value} in 2024.\n`;
  it('reads a sentence that names no one as the byline’s organisation, and its figure of another year as a suggestion', () => {
    assert.deepEqual(seen(chapter('Halden Apiary Research Station (HARS) · Annual Report 2024 · Chapter 4', '412')), [['412', null, '436']]);
    assert.deepEqual(seen(chapter('Halden Apiary Research Station (HARS) · Annual Report 2024 · Chapter 4', '436')), []);
  });

  it('takes no owner from a line about another’s report', () => {
    assert.deepEqual(seen(chapter('Notes on the Sustainability Report 2024 of HARS', '412')), []);
  });
});

describe('a table column headed by its measure and year', () => {
  const grid = (header: string, value: string) => `| Station | ${header} | Managed hives 2024 |\n| --- | ---: | ---: |\n| HARS | ${value} | 436 |\n`;
  it('reports a cell equal to the figure of another year as copied from it, as a suggestion', () => {
    assert.deepEqual(seen(grid('Managed hives 2023', '436')), [['436', null, '412']]);
  });

  it('is silent on the right figure and on a column of change', () => {
    assert.deepEqual(seen(grid('Managed hives 2023', '412')), []);
    assert.deepEqual(seen(grid('Change 2023–24 (%)', '5.8')), []);
  });
});
