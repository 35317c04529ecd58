// Changes, rates and multiples in layouts other authors use (issue #8): year-by-year tables closed by a Total row, comparisons across sentences.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { loadDefaultDataset, seenFindings, type SeenFinding, table } from './helpers.js';

const engine = createEngine({ dataset: await loadDefaultDataset() });
const RULES = new Set(['percent-change', 'cagr']);

function findings(text: string): SeenFinding[] {
  return seenFindings(engine, text, RULES);
}

describe('a year-by-year table with a change column', () => {
  it('is still read when a Total row closes it', () => {
    assert.deepEqual(findings(table('Year | Patents | Change on previous year', '2018 | 120 | —', '2019 | 150 | +25.0%', '2020 | 180 | +12.0%', 'Total 2018–2020 | 450 | ')), [
      { rule: 'percent-change', stated: '+12.0%', suggestion: '+20.0%' },
    ]);
  });
  it('passes a correct column closed by a plain Total row', () => {
    assert.deepEqual(findings(table('Year | Patents | Change', '2018 | 120 | —', '2019 | 150 | +25.0%', '2020 | 180 | +20.0%', '**Total** | **450** | ')), []);
  });
  it('reads nothing when a row between the years is not a year', () => {
    assert.deepEqual(findings(table('Year | Patents | Change', '2018 | 120 | —', 'Subtotal | 120 | ', '2019 | 150 | +12.0%')), []);
  });
});

describe('a gap whose base is the one figure of the sentence before', () => {
  it('checks "N percentage points more" against the previous sentence, with a suggestion only', () => {
    assert.deepEqual(findings('Norway spent 2.10% of its budget on training in 2022. Denmark spent 2.35%, just 2.5 percentage points more.\n'), [
      { rule: 'percent-change', stated: '2.5', suggestion: '0.3' },
    ]);
  });
  it('passes a right gap in points and in percent', () => {
    assert.deepEqual(findings('Norway spent 2.10% of its budget on training in 2022. Denmark spent 2.35%, just 0.25 percentage points more.\n'), []);
    assert.deepEqual(findings('The northern yard built 40 hulls in 2021. The southern yard built 50 hulls, 25% more.\n'), []);
  });
  it('checks a percent gap between figures of one unit', () => {
    assert.deepEqual(findings('The northern yard built 40 hulls in 2021. The southern yard built 50 hulls, 40% more.\n'), [
      { rule: 'percent-change', stated: '40%', suggestion: '25%' },
    ]);
  });
  it('reads nothing when the sentence before holds two figures, the units differ, or "than" names the base', () => {
    assert.deepEqual(findings('The northern yard built 40 hulls and 12 barges in 2021. The southern yard built 50 hulls, 40% more.\n'), []);
    assert.deepEqual(findings('The northern yard employed 40 welders in 2021. The southern yard built 50 hulls, 40% more.\n'), []);
    assert.deepEqual(findings('The northern yard built 40 hulls in 2021. The southern yard built 50 hulls, 40% more than in 2015.\n'), []);
  });
});
