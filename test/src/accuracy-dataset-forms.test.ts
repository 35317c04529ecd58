// dataset-value reads further wordings of a stated value (issue #8): checked on a small made-up cycling-club dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { loadDefaultDataset, datasetOf } from './helpers.js';

const files = {
  'clubs.json': {
    sources: [{ id: 'club-survey', title: 'Regional Cycling Club Survey 2024', publisher: 'Made-up Cycling Union', year: 2024 }],
    entities: [
      { id: 'hvc', name: 'Harbourview Velo Club', aliases: ['HVC'], kind: 'organisation' },
      { id: 'mrc', name: 'Millbrook Road Cyclists', aliases: ['MRC'], kind: 'organisation' },
      { id: 'ota', name: 'Oakridge Touring Association', aliases: ['OTA'], kind: 'organisation' },
    ],
    metrics: [
      { id: 'safety-score', label: 'Safety score', unit: 'score', phrases: ['safety score'] },
      { id: 'riders', label: 'Registered riders', unit: 'count', phrases: ['registered riders', 'riders'] },
      { id: 'rides', label: 'Group rides', unit: 'count', phrases: ['group rides'] },
    ],
    observations: [
      { entity: 'hvc', metric: 'safety-score', year: 2023, value: 812, source: 'club-survey' },
      { entity: 'mrc', metric: 'safety-score', year: 2023, value: 745, source: 'club-survey' },
      { entity: 'ota', metric: 'safety-score', year: 2023, value: 530, source: 'club-survey' },
      { entity: 'hvc', metric: 'riders', year: 2023, value: 1240, source: 'club-survey' },
      { entity: 'mrc', metric: 'riders', year: 2023, value: 960, source: 'club-survey' },
      { entity: 'mrc', metric: 'rides', year: 2023, value: 310, source: 'club-survey' },
    ],
  },
};

const dataset = datasetOf(files);
const engine = createEngine({ dataset, rules: { unverified: 'info' } });

/** Findings of the dataset rules only, as stated text and fix. */
function findings(text: string): { rule: string; stated: string; fix?: string }[] {
  return engine
    .check(text)
    .diagnostics.filter((d) => d.ruleId === 'dataset-value' || d.ruleId === 'unverified')
    .map((d) => ({ rule: d.ruleId, stated: text.slice(d.range.start, d.range.end), ...(d.fix ? { fix: d.fix.edits.map((e) => e.newText).join(' ') } : {}) }));
}

describe('dataset-value: a number alone in brackets right after an entity', () => {
  it('is that entity’s value of the one metric the sentence names before it', () => {
    assert.deepEqual(findings('In 2023 HVC led with a safety score of 812, ahead of Millbrook Road Cyclists (754) and OTA (530).\n'), [
      { rule: 'dataset-value', stated: '754', fix: '745' },
    ]);
    assert.deepEqual(findings('The 2023 safety score put Harbourview Velo Club (812) above the Oakridge Touring Association (503).\n'), [
      { rule: 'dataset-value', stated: '503', fix: '530' },
    ]);
    assert.deepEqual(findings('In 2023 HVC had a safety score of 812, ahead of MRC (745) and OTA (530).\n'), []);
  });

  it('reads nothing when the sentence names two metrics the number could be, or the bracket holds more than the number', () => {
    assert.deepEqual(findings('In 2023 HVC counted 1,240 riders and ran many group rides, ahead of MRC (390).\n'), []);
    assert.deepEqual(findings('In 2023 HVC had a safety score of 812, ahead of MRC (754 points on appeal).\n'), []);
    assert.deepEqual(findings('In 2023 HVC had a safety score of 812, ahead of MRC and OTA (754).\n'), []);
  });

  it('reads nothing when the metric comes only after the bracket', () => {
    assert.deepEqual(findings('In 2023 Millbrook Road Cyclists (754) had the second-best safety score.\n'), []);
  });
});

const seeds = createEngine({ dataset: await loadDefaultDataset(), rules: { unverified: 'info' } });

describe('the default dataset names its metrics as the seed texts word them', () => {
  const seen = (text: string) =>
    seeds
      .check(text)
      .diagnostics.filter((d) => d.ruleId === 'dataset-value')
      .map((d) => ({ stated: text.slice(d.range.start, d.range.end), fix: d.fix?.edits.map((e) => e.newText).join(' ') }));

  it('reads "Sweden-linked papers", a bare "score" and "US–Japan trade" as their metrics', () => {
    assert.deepEqual(seen('In 2024 the University of Tokyo had 683 Sweden-linked papers.\n'), [{ stated: '683', fix: '638' }]);
    assert.deepEqual(seen('In 2015 KEK’s score was 493.\n'), [{ stated: '493', fix: '439' }]);
    assert.deepEqual(seen('| Indicator | Value |\n| --- | ---: |\n| US–Japan trade, 2020 | $255 billion |\n'), [{ stated: '$255 billion', fix: '$252 billion' }]);
  });

  it('never reads a trade balance, or a score with industry, as them', () => {
    assert.deepEqual(seen('In 2020 the United States ran a trade deficit of $55 billion with Japan.\n'), []);
    assert.deepEqual(seen('In 2015 AIST’s collaboration score with industry was 50.\n'), []);
    assert.deepEqual(seen('In 2015 KEK and the University of Tsukuba scored 366 between them.\n'), []);
  });
});
