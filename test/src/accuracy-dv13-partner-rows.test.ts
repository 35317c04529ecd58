// A table of a subject's shares by partner whose header names no measure phrase (acc-dv13): "| Partner country |
// 2016–2020 | 2021–2025 |" under "Partner countries of Tembo's jointly written articles (%)", or plain figures under
// "| Partner | Share (%) |". Seen in six dev authors' drafts (board memos, annual reviews, textbook cases, committee
// extracts, press features, donor reports); these pages are made-up research labs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings, seenNotes } from './helpers.js';
import { labSurvey } from './made-up-datasets.js';

const shares = (period: string, values: [string, number][]) => values.map(([partner, value]) => ({ entity: 'tembo', metric: 'joint-share', period, partner, value, source: 'survey' }));
const engine = createEngine({
  dataset: labSurvey({
    entities: [
      { id: 'kestria', name: 'Kestria', aliases: [], kind: 'country' },
      { id: 'valdor', name: 'Valdor', aliases: [], kind: 'country' },
      { id: 'ostland', name: 'Ostland', aliases: [], kind: 'country' },
    ],
    metrics: [
      { id: 'joint-articles', label: 'Jointly written articles', unit: 'count', phrases: ['jointly written articles', 'joint articles'] },
      {
        id: 'joint-share',
        label: 'Share of jointly written articles with a co-author in the partner country',
        unit: 'percent',
        phrases: ['partner share of joint articles'],
        breakdown: 'overlapping',
      },
      { id: 'grant-share', label: 'Share of grant money from the partner country', unit: 'percent', phrases: ['share of grant money'] },
    ],
    observations: [
      ...shares('2016–2020', [['kestria', 41.2], ['valdor', 22.5], ['ostland', 9.4]]),
      ...shares('2021–2025', [['kestria', 37.9], ['valdor', 28.0], ['ostland', 15.3]]),
      { entity: 'nyota', metric: 'joint-share', partner: 'kestria', value: 50.0, source: 'survey' },
    ],
  }),
});
const findings = (text: string) => seenFindings(engine, text, new Set(['dataset-value']));
const verified = (text: string) => engine.check(text).state.verified.filter((v) => v.ruleId === 'dataset-value').map((v) => text.slice(v.range.start, v.range.end));

const byPeriod = (caption: string, kestria: string, valdor: string) =>
  `${caption}\n\n| Partner country | 2016–2020 | 2021–2025 |\n| --- | ---: | ---: |\n| Kestria | 41.2 | ${kestria} |\n| Valdor | 22.5 | ${valdor} |\n| Ostland | 9.4 | 15.3 |\n`;

describe('dataset-value: a subject’s shares tabled by partner', () => {
  it('reads percent cells by the column’s period and the row’s partner', () => {
    const caption = '**Partner countries of Tembo’s jointly written articles (%)**';
    assert.deepEqual(findings(byPeriod(caption, '37.9', '28.0')), []);
    assert.deepEqual(verified(byPeriod(caption, '37.9', '28.0')), ['41.2', '37.9', '22.5', '28.0', '9.4', '15.3']);
    assert.deepEqual(findings(byPeriod(caption, '31.9', '28.0')), [{ rule: 'dataset-value', stated: '31.9', suggestion: '37.9' }]);
  });

  it('reads plain cells under "Share (%)" with the caption’s period, as a note (a period lent from a caption: lent-slots.ts, DOUBTFUL)', () => {
    const text = `Table 4: Tembo, share of jointly written articles with a co-author in each partner country, 2021–2025\n\n| Partner country | Share (%) |\n| --- | ---: |\n| Kestria | 37.9 |\n| Valdor | 38.0 |\n`;
    assert.deepEqual(findings(text), []);
    assert.deepEqual(seenNotes(engine, text, 'dataset-value'), [{ rule: 'dataset-value', stated: '38.0', suggestion: '28.0' }]);
  });

  it('stays silent when the table names another measure, a change, two subjects or says too little', () => {
    assert.deepEqual(findings(byPeriod('**Partner countries: Tembo’s share of grant money (%)**', '31.9', '28.0')), []);
    assert.deepEqual(findings(byPeriod('**Partner countries of Tembo and Nyota’s jointly written articles (%)**', '31.9', '28.0')), []);
    assert.deepEqual(findings(byPeriod('**Tembo, by partner (%)**', '31.9', '28.0')), []);
    const change = `**Partner countries of Tembo’s jointly written articles**\n\n| Partner country | Change 2016–2020 to 2021–2025 (points) |\n| --- | ---: |\n| Kestria | 3.3 |\n`;
    assert.deepEqual(findings(change), []);
  });

  it('stays silent on a fact held with no period', () => {
    const text = `**Partner countries of Nyota’s jointly written articles, 2021–2025 (%)**\n\n| Partner country | Share |\n| --- | ---: |\n| Kestria | 45.0 |\n`;
    assert.deepEqual(findings(text), []);
  });
});
