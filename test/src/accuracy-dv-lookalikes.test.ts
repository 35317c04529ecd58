// Dataset-value look-alikes found by probing with sentences of our own (round 6): a group named by its size alone,
// the noun left out ("the three published 1,925 papers, 975 of them at Tembo"), owns the figure, not the one
// entity named after it. The entity's own figure beside it is still checked.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings, seenNotes } from './helpers.js';
import { labSurvey } from './made-up-datasets.js';

const engine = createEngine({
  dataset: labSurvey({
    entities: [{ id: 'jua', name: 'Jua Lab', aliases: ['Jua'], kind: 'organisation' }],
    metrics: [
      { id: 'papers', label: 'Papers', unit: 'count', phrases: ['papers', 'publications'] },
      { id: 'patents', label: 'Patent families filed', unit: 'count', phrases: ['patent families', 'patents'] },
      { id: 'doctorates', label: 'PhD graduates', unit: 'count', phrases: ['PhD graduates', 'doctorates'] },
      { id: 'budget', label: 'Total budget', unit: 'currency', currency: 'EUR', scale: 'million', phrases: ['budget', 'income', 'total income'] },
    ],
    observations: [
      { entity: 'tembo', metric: 'patents', year: 2025, value: 31, source: 'survey' },
      { entity: 'tembo', metric: 'budget', year: 2024, value: 71.9, source: 'survey' },
      { entity: 'tembo', metric: 'patents', year: 2024, value: 29, source: 'survey' },
      { entity: 'tembo', metric: 'doctorates', year: 2016, value: 34, source: 'survey' },
      { entity: 'tembo', metric: 'doctorates', year: 2025, value: 52, source: 'survey' },
      { entity: 'jua', metric: 'papers', year: 2018, value: 465, source: 'survey' },
      { entity: 'tembo', metric: 'papers', year: 2025, value: 975, source: 'survey' },
      { entity: 'nyota', metric: 'papers', year: 2025, value: 456, source: 'survey' },
      { entity: 'jua', metric: 'papers', year: 2025, value: 494, source: 'survey' },
    ],
  }),
});
const findings = (text: string) => seenFindings(engine, text, new Set(['dataset-value']));

describe('dataset-value look-alikes', () => {
  it('a group named by its size alone owns its figure', () => {
    assert.deepEqual(findings('In 2025 the three published 1,925 papers, half of them (975) at Tembo.\n'), []);
    assert.deepEqual(findings('In 2025 the three published 1,925 papers, 975 of them at Tembo.\n'), []);
    assert.deepEqual(findings('Nyota and Jua grew fast; in 2025 both published more than 450 papers, and Tembo 975.\n'), []);
    // The one entity's own figure is still checked.
    assert.deepEqual(findings('In 2025 Tembo published 1,925 papers.\n').map((f) => [f.rule, f.stated]), [['dataset-value', '1,925']]);
    assert.deepEqual(findings('Of the three, Tembo published 1,975 papers in 2025.\n').map((f) => [f.rule, f.stated]), [['dataset-value', '1,975']]);
  });

  it('a clause stating entity, measure and year is checked even when its number equals an unrelated fact', () => {
    // 34 is Tembo's PhD graduates of 2016, 465 Jua's papers of 2018: coincidences, not the facts meant.
    assert.deepEqual(findings('Tembo filed 34 patent families in 2025.\n').map((f) => [f.rule, f.stated, f.fix]), [['dataset-value', '34', '31']]);
    assert.deepEqual(findings('In 2025 Nyota published 465 papers.\n').map((f) => [f.rule, f.stated, f.fix]), [['dataset-value', '465', '456']]);
    // A fact of the same year (another measure) or of the same measure (another year) still settles it.
    assert.deepEqual(findings('Tembo filed 52 patent families in 2025.\n'), []);
    assert.deepEqual(findings('In 2025 Tembo filed 29 patent families.\n').map((f) => [f.rule, f.stated]), [['dataset-value', '29']]);
  });

  it('a row label that names a part of the measure ("Other income") is no entity\'s value of it', () => {
    const table = (label: string, value: string) =>
      ['Tembo Lab’s budget came from three sources in 2024.', '', '| Source | EUR million |', '| --- | ---: |', '| Core funding | 50.0 |', `| ${label} | ${value} |`, '| Grants | 20.3 |', ''].join('\n');
    assert.deepEqual(findings(table('Other income', '1.6')), []);
    assert.deepEqual(findings(table('Income from industry', '1.6')), []);
    // The whole measure as a row label is still the entity's value: a note, since the year is the caption's (lent-slots.ts, DOUBTFUL).
    assert.deepEqual(findings(table('Total income', '1.6')), []);
    assert.deepEqual(seenNotes(engine, table('Total income', '1.6'), 'dataset-value').map((f) => [f.rule, f.stated]), [['dataset-value', '1.6']]);
  });

  it('a difference between two figures ("Gap in 2025: 56 papers in Tembo\'s favour") is no entity\'s value', () => {
    assert.deepEqual(findings('- Gap in 2025: 56 papers in Tembo’s favour\n'), []);
    assert.deepEqual(findings('In 2025 Tembo had a lead of 56 papers over Nyota.\n'), []);
    assert.deepEqual(findings('In 2025 Tembo published 519 papers, 56 more than Nyota.\n').map((f) => [f.rule, f.stated]), [['dataset-value', '519']]);
  });
});
