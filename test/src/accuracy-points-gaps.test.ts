// Differences in percentage points whose endpoints the text leaves to the dataset: a gap between two parties' values of
// one measure ("X's core share is 9 points above Y's", "6 points ahead of Y", "Z's share at X is 10 points higher than at
// Y"), and a table column of changes in points since a base year. Both are readings: a finding carries a suggestion,
// never a certain fix. On made-up forestry laboratories.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings } from './helpers.js';
import { forestryDataset } from './forestry-dataset.js';

const engine = createEngine({ dataset: forestryDataset() });
const seen = (text: string) => seenFindings(engine, text, new Set(['percent-change'])).map((f) => [f.stated, f.fix ?? null, f.suggestion ?? null]);

describe('a gap in points between two parties of the dataset', () => {
  it('reports a wrong gap between two categories of a breakdown, with a suggestion and no fix', () => {
    assert.deepEqual(seen("Alder's core share is 12.0 points above Birch's.\n"), [['12.0', null, '9.0']]);
    assert.deepEqual(seen("Birch's industry share, 44%, was 4 percentage points higher than that of Alder.\n"), [['4', null, '9']]);
  });

  it('reports a gap on the wrong side without a suggestion', () => {
    assert.deepEqual(seen("Birch's core share is 9.0 points above Alder's.\n"), [['9.0', null, null]]);
  });

  it('reads a score gap in the year the sentence names, choosing by the stated score when two years are named', () => {
    assert.deepEqual(seen('In 2025 Alder reached a composite score of 81.5, 6 points ahead of Birch.\n'), [['6', null, '4']]);
    assert.deepEqual(seen('In 2025 Alder scored an index score of 81.5, up 2.0 points on 2024 and 4.0 points clear of Birch, on 77.5.\n'), []);
  });

  it('reads the gap told with "by" after the other party', () => {
    assert.deepEqual(seen("In 2025 Alder's composite score was ahead of Birch's by 6 points.\n"), [['6', null, '4']]);
    assert.deepEqual(seen("In 2025 Birch's index score trailed Alder by 4.0 points.\n"), []);
    assert.deepEqual(seen("In 2025 Birch's index score trailed Alder by 2.0 points.\n"), [['2.0', null, '4.0']]);
  });

  it('reads a gap that ends its sentence against the party the sentence before names with its value', () => {
    assert.deepEqual(seen("At Birch, core state funding was 41% of income. Alder's core share was 12 points higher.\n"), [['12', null, '9']]);
    assert.deepEqual(seen("At Birch, core state funding was 41% of income. Alder's core share was 9 points higher.\n"), []);
    // The value the sentence before states is not the dataset's, or two parties are named there: no reading.
    assert.deepEqual(seen("At Birch, core state funding was 45% of income. Alder's core share was 12 points higher.\n"), []);
    assert.deepEqual(seen("At Birch and Cedar, core state funding was 41% of income. Alder's core share was 12 points higher.\n"), []);
  });

  it('reads a partner share at two parties', () => {
    assert.deepEqual(seen("Cedar's share at Alder is 15.0 points higher than at Birch.\n"), [['15.0', null, '10.0']]);
    assert.deepEqual(seen("Cedar's share at Alder is 10.0 points higher than at Birch.\n"), []);
  });

  it('is silent on right gaps and on gaps it cannot pin to one fact', () => {
    for (const text of [
      "Alder's core share, 50.0%, sits 9.0 points above Birch's.\n",
      "Birch's core share was 9 percentage points lower than Alder's.\n",
      // Two years of the score and none named: which year is unclear.
      "Alder's index score is 9 points ahead of Birch's.\n",
      // No measure named.
      'Alder is 12 points ahead of Birch.\n',
      // A forecast, a change, a figure of its own that is not the dataset's.
      "Alder's core share would be 12.0 points above Birch's.\n",
      "Alder's core share rose 12.0 points above Birch's.\n",
      "Alder's core share, 55.0%, sits 14.0 points above Birch's.\n",
    ]) {
      assert.deepEqual(seen(text), [], text);
    }
  });
});

describe('a table column of changes in points since a base year', () => {
  const table = (header: string, alder: string, birch: string) =>
    `Seedling loss at the two laboratories.\n\n| Laboratory | Seedling loss 2025 (%) | ${header} |\n| --- | ---: | ---: |\n| Alder | ${alder} |\n| Birch | ${birch} |\n`;

  it('reports a wrong signed change against the dataset, with a suggestion', () => {
    assert.deepEqual(seen(table('Change since 2016 (points)', '10.0 | −2.0', '15.0 | +3.0')), [['+3.0', null, '+1.0']]);
  });

  it('is silent on right changes, on a column in percent, and on a row whose end value is not the dataset’s', () => {
    assert.deepEqual(seen(table('Change since 2016 (points)', '10.0 | −2.0', '15.0 | +1.0')), []);
    assert.deepEqual(seen(table('Change since 2016 (%)', '10.0 | −2.0', '15.0 | +3.0')).filter(([s]) => s === '+3.0'), []);
    assert.deepEqual(seen(table('Change since 2016 (points)', '10.0 | −2.0', '16.0 | +3.0')).filter(([s]) => s === '+3.0'), []);
  });
});

describe('a partner share’s change in points told by its later share or against the earlier period', () => {
  it('reads "N points less than in" the earlier period as the change, with its direction', () => {
    assert.deepEqual(seen('Alder’s Norwegian share was 18.0% in 2020–2024, 2.5 points less than in 2015–2019.\n'), [['2.5', null, '4.5']]);
    assert.deepEqual(seen('Alder’s Norwegian share was 18.0% in 2020–2024, 4.5 points less than in 2015–2019.\n'), []);
  });

  it('reads the later share stated before the change, in the later period named', () => {
    assert.deepEqual(seen('In 2020–2024 Norwegian co-authors were on 18.0% of Alder’s joint papers, down 6.5 points.\n'), [['6.5', null, '4.5']]);
    assert.deepEqual(seen('In 2020–2024 Norwegian co-authors were on 18.0% of Alder’s joint papers, down 4.5 points.\n'), []);
  });

  it('stays silent on a later share that is not the dataset’s and on a comparison with another party', () => {
    assert.deepEqual(seen('In 2020–2024 Norwegian co-authors were on 19.5% of Alder’s joint papers, down 6.5 points.\n'), []);
    assert.deepEqual(seen('Alder’s Norwegian share was 18.0% in 2020–2024, 2.5 points less than Birch.\n'), []);
  });
});

describe('a difference in points written "pts"', () => {
  it('is read like "points" between two stated shares', () => {
    assert.deepEqual(seen('Alder: Norwegian share 22.5% → 18.0% between the windows, −2.5 pts.\n'), [['−2.5', null, '−4.5']]);
    assert.deepEqual(seen('Alder: Norwegian share 22.5% → 18.0% between the windows, −4.5 pts.\n'), []);
  });
});
