// Share look-alikes found by probing with tables and sentences of our own (round 6): a table whose Total row gives
// the shares' own total as less than 100% ("Share of national output"), and a sentence with two counts and two
// percents where the nearer percent belongs to the other count. Each stays silent; the real share beside it is read.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings } from './helpers.js';
import { labSurvey } from './made-up-datasets.js';

const engine = createEngine({ dataset: labSurvey() });
const findings = (text: string) => seenFindings(engine, text, new Set(['share']));

const table = (totalShare: string, alphaShare = '8.0%') =>
  [
    '| Institute | Papers | Share of national output |',
    '| --- | ---: | ---: |',
    `| Tembo Lab | 400 | ${alphaShare} |`,
    '| Nyota Lab | 300 | 6.0% |',
    '| Other labs | 100 | 2.0% |',
    `| Total | 800 | ${totalShare} |`,
    '',
  ].join('\n');

describe('share look-alikes', () => {
  it('a Total row whose share is not 100% says the shares are of another base', () => {
    assert.deepEqual(findings(table('16.0%')), []);
    // With the Total row at 100%, the same column is a share of the table's total and is checked.
    assert.equal(findings(table('100%', '50.0%').replace('6.0%', '37.5%').replace('2.0%', '12.5%')).length, 0);
    assert.deepEqual(
      findings(table('100%', '40.0%').replace('6.0%', '37.5%').replace('2.0%', '12.5%')).map((f) => [f.rule, f.stated]),
      [['share', '40.0%']],
    );
  });

  it('a percent right after another count is that count’s share, not the nearer "X of Y"', () => {
    const said = (share: string) => `Nyota employs 80 researchers. Tembo employs 60, 12 foreign (20%), so 37 of the 140 researchers at both labs (${share}) are foreign.\n`;
    assert.deepEqual(findings(said('26%')), []);
    assert.deepEqual(findings(said('36%')).map((f) => [f.rule, f.stated]), [['share', '36%']]);
    // One percent only: it is still the share of the "X of Y" beside it.
    assert.deepEqual(findings('So 37 of the 140 researchers at both labs, 36%, are foreign.\n').map((f) => [f.rule, f.stated]), [['share', '36%']]);
  });
});
