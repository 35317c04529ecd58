// Facts whose subject, partner or time stand apart from the number (headings, partner tables, no year): a made-up orchestra dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings, type SeenFinding, datasetOf } from './helpers.js';

const files = {
  'orchestras.json': {
    sources: [{ id: 'touring-survey', title: 'Orchestra Touring Survey 2025', publisher: 'Made-up Music Council', year: 2025 }],
    entities: [
      { id: 'apo', name: 'Aldmoor Philharmonic', aliases: ['APO', 'the Aldmoor orchestra'], kind: 'organisation' },
      { id: 'bvs', name: 'Brisk Valley Sinfonia', aliases: ['BVS'], kind: 'organisation' },
      { id: 'norway', name: 'Norway', aliases: [], kind: 'country' },
      { id: 'portugal', name: 'Portugal', aliases: [], kind: 'country' },
      { id: 'chile', name: 'Chile', aliases: [], kind: 'country' },
    ],
    metrics: [
      { id: 'concerts', label: 'Concerts given', unit: 'count', phrases: ['concerts', 'concerts given'] },
      { id: 'tour-dates', label: 'Tour dates abroad', unit: 'count', phrases: ['tour dates', 'dates abroad'] },
      { id: 'hall-seats', label: 'Seats in the home hall', unit: 'count', phrases: ['seats'] },
      { id: 'rehearsal-hours', label: 'Rehearsal hours', unit: 'count', phrases: ['rehearsal hours', 'hours of rehearsal'] },
    ],
    observations: [
      { entity: 'apo', metric: 'concerts', year: 2023, value: 112, source: 'touring-survey' },
      { entity: 'apo', metric: 'concerts', year: 2024, value: 118, source: 'touring-survey' },
      { entity: 'bvs', metric: 'concerts', year: 2024, value: 96, source: 'touring-survey' },
      { entity: 'apo', metric: 'hall-seats', value: 1450, source: 'touring-survey' },
      { entity: 'apo', metric: 'rehearsal-hours', year: 2023, value: 640, source: 'touring-survey' },
      { entity: 'apo', metric: 'rehearsal-hours', year: 2024, value: 700, source: 'touring-survey' },
      { entity: 'apo', metric: 'tour-dates', period: '2020–2024', partner: 'norway', value: 41, source: 'touring-survey' },
      { entity: 'apo', metric: 'tour-dates', period: '2020–2024', partner: 'portugal', value: 27, source: 'touring-survey' },
      { entity: 'apo', metric: 'tour-dates', period: '2020–2024', partner: 'chile', value: 12, source: 'touring-survey' },
      { entity: 'bvs', metric: 'tour-dates', period: '2020–2024', partner: 'norway', value: 9, source: 'touring-survey' },
    ],
  },
};

const dataset = datasetOf(files);
const engine = createEngine({ dataset, rules: { unverified: 'info' } });

function findings(text: string): SeenFinding[] {
  return seenFindings(engine, text, new Set(['dataset-value', 'unverified']));
}

describe('dataset-value: a table whose row labels name the partners of a subject named above it', () => {
  it('takes the subject from the heading and the partner from the row label', () => {
    const text = '## Aldmoor Philharmonic\n\n| Host country | Tour dates |\n| --- | ---: |\n| Norway | 41 |\n| Portugal | 72 |\n| Chile | 12 |\n';
    // The heading names no period: the one fact with that partner is compared, as a suggestion.
    assert.deepEqual(findings(text), [{ rule: 'dataset-value', stated: '72', suggestion: '27' }]);
  });

  it('takes the subject and the period from a caption, as a note (a period lent from a caption: lent-slots.ts, DOUBTFUL)', () => {
    const text = '**Table 2.** Aldmoor Philharmonic tour dates by host country, 2020–2024\n\n| Country | Dates |\n| --- | ---: |\n| Norway | 14 |\n| Chile | 12 |\n';
    assert.deepEqual(findings('Tour dates of the Aldmoor orchestra by host country, 2020–2024.\n\n| Host | Tour dates |\n| --- | ---: |\n| Norway | 14 |\n| Chile | 12 |\n').map((f) => [f.rule, f.stated, f.suggestion]), [
      ['unverified', '14', '41'],
    ]);
    assert.deepEqual(findings(text), []);
  });

  it('takes the subject from a column header that names it', () => {
    assert.deepEqual(findings('| Country | BVS tour dates, 2020–2024 |\n| --- | ---: |\n| Norway | 19 |\n'), [{ rule: 'dataset-value', stated: '19', fix: '9' }]);
  });

  it('leaves a row whose label the subject holds no fact with, or a table above two subjects', () => {
    assert.deepEqual(findings('## Brisk Valley Sinfonia\n\n| Host country | Tour dates |\n| --- | ---: |\n| Chile | 30 |\n'), []);
    assert.deepEqual(findings('## APO and BVS\n\n| Host country | Tour dates |\n| --- | ---: |\n| Norway | 30 |\n'), []);
    assert.deepEqual(findings('| Host country | Tour dates |\n| --- | ---: |\n| Norway | 30 |\n'), []);
  });

  it('still reads a row label that is itself the subject', () => {
    assert.deepEqual(findings('| Orchestra | Concerts in 2024 |\n| --- | ---: |\n| APO | 118 |\n| BVS | 69 |\n'), [{ rule: 'dataset-value', stated: '69', fix: '96' }]);
  });
});

describe('dataset-value: a value stated in a heading', () => {
  it('checks a heading that names the subject, the metric and the time', () => {
    assert.deepEqual(findings('## Aldmoor Philharmonic (181 concerts in 2024)\n\nThe season opened in May.\n'), [{ rule: 'dataset-value', stated: '181', fix: '118' }]);
    assert.deepEqual(findings('### BVS: 69 concerts given in 2024\n'), [{ rule: 'dataset-value', stated: '69', fix: '96' }]);
  });

  it('passes a correct heading and leaves one without a metric or subject alone', () => {
    assert.deepEqual(findings('## APO’s 118 concerts, 2024\n'), []);
    assert.deepEqual(findings('## 2024 in 12 pictures\n\nAPO gave concerts across Europe.\n'), []);
    assert.deepEqual(findings('## 150 concerts in 2024\n'), []);
  });
});

describe('dataset-value: a partner fact stated with no year', () => {
  it('compares the one fact of the entity with the named partner, as a suggestion', () => {
    assert.deepEqual(findings('APO played 72 tour dates in Portugal.\n'), [{ rule: 'dataset-value', stated: '72', suggestion: '27' }]);
    assert.deepEqual(findings('With 41 tour dates, Norway is the Aldmoor orchestra’s busiest host.\n'), []);
  });

  it('says nothing certain when the year it states is not held', () => {
    assert.deepEqual(findings('In 2019 APO played 72 tour dates in Portugal.\n'), [{ rule: 'unverified', stated: '72' }]);
  });
});

describe('dataset-value: a unit noun under a document title that names the metric', () => {
  it('reads "760 hours" as rehearsal hours when a heading above, up to the title, names them', () => {
    assert.deepEqual(findings('# Rehearsal hours, 2023–2024\n\n## The season in brief\n\n- APO: 760 hours (2024)\n'), [{ rule: 'dataset-value', stated: '760', fix: '700' }]);
    assert.deepEqual(findings('# Rehearsal hours, 2023–2024\n\n## The season in brief\n\n- APO: 700 hours (2024)\n'), []);
  });

  it('reads nothing when no heading above names the metric', () => {
    assert.deepEqual(findings('# Season notes\n\n## In brief\n\n- APO: 760 hours (2024)\n'), []);
  });
});

describe('dataset-value: a year said relative to another', () => {
  it('counts "the year before" from the sentence’s own year, not as that year', () => {
    // Before: 121 was taken for 2024 and "fixed" to 118. A year counted from another is lent: a suggestion, not a fix.
    assert.deepEqual(findings('In 2024 APO gave 118 concerts, against 121 the year before.\n'), [{ rule: 'dataset-value', stated: '121', suggestion: '112' }]);
    assert.deepEqual(findings('In 2024 APO gave 118 concerts, against 112 the previous year.\n'), []);
  });

  it('counts "the following year" and "the same year" from the sentence before', () => {
    assert.deepEqual(findings('APO gave 112 concerts in 2023. The following year, BVS gave 69 concerts.\n'), [{ rule: 'dataset-value', stated: '69', suggestion: '96' }]);
    assert.deepEqual(findings('APO gave 118 concerts in 2024. That same year BVS gave 69 concerts.\n'), [{ rule: 'dataset-value', stated: '69', suggestion: '96' }]);
    assert.deepEqual(findings('APO rehearsed 640 hours in 2023. A year later, the Aldmoor orchestra logged 760 rehearsal hours.\n'), [{ rule: 'dataset-value', stated: '760', suggestion: '700' }]);
  });

  it('takes no year when the sentence before names several', () => {
    assert.deepEqual(findings('APO toured in 2023 and 2024. A year later, BVS gave 69 concerts.\n'), [{ rule: 'unverified', stated: '69' }]);
  });
});

describe('dataset-value: a table with entities across and years down', () => {
  it('takes the metric from the caption, the subject from the column and the year from the row', () => {
    const text = 'Concerts given by orchestra, 2023–2024\n\n| Year | APO | BVS |\n| --- | ---: | ---: |\n| 2023 | 112 | – |\n| 2024 | 181 | 96 |\n';
    assert.deepEqual(findings(text), [{ rule: 'dataset-value', stated: '181', fix: '118' }]);
  });

  it('leaves a transposed table of changes alone', () => {
    assert.deepEqual(findings('Change in concerts given by orchestra\n\n| Year | APO | BVS |\n| --- | ---: | ---: |\n| 2024 | 6 | 9 |\n'), []);
  });
});

describe('dataset-value: a fact the dataset holds with no year', () => {
  it('is compared with a claim that states a year, as a suggestion only', () => {
    assert.deepEqual(findings('In 2024 APO’s home hall had 1,540 seats.\n'), [{ rule: 'dataset-value', stated: '1,540', suggestion: '1,450' }]);
    assert.deepEqual(findings('In 2024 APO’s home hall had 1,450 seats.\n'), []);
  });
});

describe('dataset-value: a year in brackets right after the number’s clause', () => {
  it('is the time of that clause, even when the sentence names another year', () => {
    assert.deepEqual(findings('APO: 181 concerts (2024), up from 112 in 2023.\n'), [{ rule: 'dataset-value', stated: '181', fix: '118' }]);
    assert.deepEqual(findings('APO: 118 concerts (2024), up from 112 in 2023.\n'), []);
  });

  it('is not taken when the bracket holds more than a year', () => {
    assert.deepEqual(findings('APO gave 181 concerts (most in 2024), up from 112 in 2023.\n').filter((f) => f.rule === 'dataset-value'), []);
  });
});

describe('dataset-value: two metrics in one clause', () => {
  it('gives each number the metric named right after it', () => {
    assert.deepEqual(findings('In 2024 APO gave 181 concerts and logged 700 rehearsal hours.\n'), [{ rule: 'dataset-value', stated: '181', fix: '118' }]);
    assert.deepEqual(findings('In 2024 APO gave 118 concerts and logged 760 rehearsal hours.\n'), [{ rule: 'dataset-value', stated: '760', fix: '700' }]);
  });

  it('reads nothing when the metric is not right after the number', () => {
    assert.deepEqual(findings('In 2024 APO gave concerts and rehearsal hours reached 760.\n'), []);
  });
});
