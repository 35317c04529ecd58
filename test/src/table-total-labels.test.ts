// Table labels read one way everywhere: a row labelled "All others" is a part, not a Total row, in a table of changes as
// in a table of shares (table-changes.ts once had its own, looser pattern); and two share columns whose headers differ
// only by the whole they name ("Share of 40", "Share of 50") are not the same share at two times.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine, loadDataset } from 'factlint';
import { seenFindings } from './helpers.js';

const engine = createEngine({ dataset: loadDataset([]).dataset });
const seen = (text: string) => seenFindings(engine, text).map((f) => [f.rule, f.stated]);

describe('table total labels and share headers', () => {
  const changes = (others: string) =>
    `Staff by site.\n\n| Site | 2020 | 2024 | Change |\n| --- | ---: | ---: | ---: |\n| North | 100 | 150 | +50% |\n| South | 100 | 110 | +10% |\n${others}\n| Total | 300 | 380 | +26.7% |\n`;

  it('checks the change of an "All others" row against its own endpoints, not as a Total of the rows above', () => {
    // 100 → 120 is +20%; +30% is what North and South together did (200 → 260), which excuses only a Total row.
    assert.deepEqual(seen(changes('| All others | 100 | 120 | +30% |')), [['percent-change', '+30%']]);
    assert.deepEqual(seen(changes('| All others | 100 | 120 | +20% |')), []);
  });

  const combined = (label: string, row: string) =>
    `Output by plant.\n\n| Plant | 2020 | 2024 | Change |\n| --- | ---: | ---: | ---: |\n| North | 100 | 150 | +50% |\n| South | 100 | 110 | +10% |\n| ${label} | ${row} |\n`;

  it('reads a "Combined" row as a Total row, but not a row named "Combined heat and power"', () => {
    assert.deepEqual(seen(combined('Combined', '200 | 270 | +35%')), [['total', '270']]);
    assert.deepEqual(seen(combined('Combined', '200 | 260 | +30%')), []);
    assert.deepEqual(seen(combined('Combined heat and power', '200 | 270 | +35%')), []);
  });

  const shares = (physics: string) =>
    `The lab filled posts in two waves: 40 posts were advertised in 2023 and 50 in 2024.\n\n| Team | Filled 2023 | Filled 2024 | Share of 40 | Share of 50 |\n| --- | ---: | ---: | ---: | ---: |\n| Chemistry | 10 | 20 | 25.0% | 40.0% |\n| Physics | 14 | 15 | ${physics} | 30.0% |\n| Biology | 16 | 15 | 40.0% | 30.0% |\n`;

  it('checks a share column whose header names its whole even when a second share column names another whole', () => {
    assert.deepEqual(seen(shares('45.0%')), [['share', '45.0%']]);
    assert.deepEqual(seen(shares('35.0%')), []);
  });
});
