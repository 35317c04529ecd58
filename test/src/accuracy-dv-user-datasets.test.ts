// dataset-value on a user's own dataset: a number is checked only when it is one entity's own value. Group totals,
// scales, bounds, measures of something else, approximate, planned or counterfactual figures, and footnote
// definitions get no finding. A made-up dataset of mountain observatories and their logged nights.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings, type SeenFinding, datasetOf } from './helpers.js';

const files = {
  'observatories.json': {
    sources: [{ id: 'alpine-survey', title: 'Alpine Observatory Returns 2025', publisher: 'Made-up Sky Council', year: 2025 }],
    entities: [
      { id: 'hko', name: 'Hollin Crag Observatory', aliases: ['HKO', 'the Hollin observatory'], kind: 'research-institute' },
      { id: 'mro', name: 'Mirefell Ridge Observatory', aliases: ['MRO'], kind: 'research-institute' },
      { id: 'tsl', name: 'Tarn Summit Laboratory', aliases: ['TSL'], kind: 'organisation' },
      { id: 'norland', name: 'Norland', aliases: [], kind: 'country' },
    ],
    metrics: [
      { id: 'nights', label: 'Clear observing nights logged', unit: 'count', phrases: ['observing nights', 'clear nights', 'nights logged'] },
      { id: 'telescopes', label: 'Telescopes in service (at 31 December)', unit: 'count', phrases: ['telescopes', 'instruments in service'] },
      { id: 'rating', label: 'Sky quality rating (0–100)', unit: 'score', phrases: ['sky quality rating', 'quality rating', 'rating'] },
      { id: 'grants', label: 'Grant income', unit: 'currency', currency: 'EUR', scale: 'million', phrases: ['grant income', 'grants'] },
    ],
    observations: [
      { entity: 'hko', metric: 'nights', year: 2024, value: 211, source: 'alpine-survey' },
      { entity: 'hko', metric: 'nights', year: 2025, value: 198, source: 'alpine-survey' },
      { entity: 'mro', metric: 'nights', year: 2025, value: 174, source: 'alpine-survey' },
      { entity: 'tsl', metric: 'nights', year: 2025, value: 96, source: 'alpine-survey' },
      { entity: 'hko', metric: 'telescopes', year: 2025, value: 6, source: 'alpine-survey' },
      { entity: 'mro', metric: 'telescopes', year: 2025, value: 3, source: 'alpine-survey' },
      { entity: 'hko', metric: 'rating', year: 2024, value: 71.5, source: 'alpine-survey' },
      { entity: 'hko', metric: 'rating', year: 2025, value: 74.2, source: 'alpine-survey' },
      { entity: 'mro', metric: 'rating', year: 2025, value: 68.9, source: 'alpine-survey' },
      { entity: 'hko', metric: 'grants', year: 2025, value: 4.2, source: 'alpine-survey' },
    ],
  },
};

const engine = createEngine({ dataset: datasetOf(files), rules: { unverified: 'info' } });

function findings(text: string): SeenFinding[] {
  return seenFindings(engine, text, new Set(['dataset-value', 'unverified']));
}

describe('dataset-value: an entity’s own value is still checked and fixed', () => {
  it('fixes a count, a score and money tied to one entity, metric and year', () => {
    assert.deepEqual(findings('In 2025 HKO logged 189 clear nights.\n'), [{ rule: 'dataset-value', stated: '189', fix: '198' }]);
    assert.deepEqual(findings('MRO’s sky quality rating in 2025 was 69.8.\n'), [{ rule: 'dataset-value', stated: '69.8', fix: '68.9' }]);
    assert.deepEqual(findings('HKO’s grant income was EUR 2.4 million in 2025.\n'), [{ rule: 'dataset-value', stated: 'EUR 2.4 million', fix: 'EUR 4.2 million' }]);
  });

  it('keeps an owner named right before its number in a sentence that also speaks of a group', () => {
    const text = 'HKO’s 189 observing nights in 2025 were the most of the three observatories in the network.\n';
    assert.deepEqual(findings(text), [{ rule: 'dataset-value', stated: '189', fix: '198' }]);
  });

  it('reads a number that counts the group itself as that count, not as a group total', () => {
    // "six telescopes" is HKO's own count: the group-noun reading must not swallow it.
    assert.deepEqual(findings('In 2025 HKO ran 9 telescopes.\n'), [{ rule: 'dataset-value', stated: '9', fix: '6' }]);
  });
});

describe('dataset-value: a group’s total is no single entity’s value', () => {
  it('leaves a figure for "the N observatories" or "both observatories"', () => {
    assert.deepEqual(findings('HKO’s 198 nights in 2025 made up 42% of the 468 observing nights logged by the three observatories that year.\n'), []);
    assert.deepEqual(findings('In 2025 the four Norland observatories logged 950 observing nights, HKO among them.\n'), []);
    assert.deepEqual(findings('Both observatories in the network logged 372 clear nights in 2025, MRO included.\n'), []);
  });

  it('leaves a figure summed with a companion ("together with", "combined", "in all")', () => {
    assert.deepEqual(findings('Together with the Mirefell Ridge Observatory we logged 372 clear nights in 2025.\n'), []);
    assert.deepEqual(findings('Alongside TSL, HKO logged 294 clear nights in 2025.\n'), []);
    assert.deepEqual(findings('HKO and the Tarn lab logged 294 clear nights in 2025 in all; TSL contributed most.\n'.replace('the Tarn lab', 'TSL')), []);
    assert.deepEqual(findings('With MRO, HKO logged a combined 372 observing nights in 2025.\n'), []);
  });

  it('gives a combined figure before a colon to no entity named after the colon', () => {
    const text = 'The network logged a combined 468 observing nights in 2025: HKO 198, MRO 174 and TSL 96.\n';
    assert.deepEqual(findings(text), []);
  });

  it('leaves the whole a share is taken of', () => {
    assert.deepEqual(findings('In 2025 HKO logged 42% of the 468 observing nights.\n'), []);
  });
});

describe('dataset-value: a scale, a bound or a measure of something else', () => {
  it('leaves the top of a scale', () => {
    assert.deepEqual(findings('HKO’s sky quality rating in 2025 was 74.2 out of 100.\n'), []);
    assert.deepEqual(findings('HKO’s sky quality rating in 2025 was 74.2 of a possible 100.\n'), []);
    assert.deepEqual(findings('HKO’s sky quality rating in 2025 was 74.2 on a 100-point scale.\n'), []);
  });

  it('leaves thresholds and approximate figures', () => {
    assert.deepEqual(findings('In 2025 HKO ran telescopes of 2 m and over.\n'), []);
    assert.deepEqual(findings('In 2025 HKO logged about 190 clear nights.\n'), []);
    assert.deepEqual(findings('In 2025 HKO logged 150 or more clear nights.\n'), []);
    assert.deepEqual(findings('In 2025 HKO logged in excess of 150 clear nights.\n'), []);
    assert.deepEqual(findings('In 2025 HKO logged an estimated 190 clear nights.\n'), []);
  });

  it('leaves a number that measures something else than the count', () => {
    assert.deepEqual(findings('In 2025 HKO ran telescopes with mirrors of 4 m on a 12-metre dome.\n'), []);
  });
});

describe('dataset-value: a figure that is not what happened', () => {
  it('leaves a counterfactual, a plan or a target', () => {
    assert.deepEqual(findings('Had the old site been kept, HKO would have logged 240 clear nights in 2025.\n'), []);
    assert.deepEqual(findings('HKO plans to log 250 clear nights in 2025.\n'), []);
    assert.deepEqual(findings('HKO’s target for 2025 was 250 clear nights.\n'), []);
  });

  it('leaves a figure under another method', () => {
    assert.deepEqual(findings('Under the old weighting method, HKO’s sky quality rating in 2025 was 77.0.\n'), []);
  });
});

describe('dataset-value: a footnote is read where it is defined', () => {
  it('takes no subject or year from the section the footnote definitions end', () => {
    // The same sentence as a paragraph of that section is HKO's 2025 count (and wrong): a note, its year the heading's.
    assert.deepEqual(findings('## Hollin Crag Observatory in 2025\n\nCounted at the year’s end; the main dome alone held 8 telescopes.\n'), [{ rule: 'unverified', stated: '8', suggestion: '6' }]);
    const text = '## Hollin Crag Observatory in 2025\n\nHKO ran 6 telescopes.[^fleet]\n\n[^fleet]: Counted at the year’s end; the main dome alone held 8 telescopes.\n';
    assert.deepEqual(findings(text), []);
  });

  it('still checks a footnote that names its own subject and year', () => {
    const text = 'HKO ran 6 telescopes.[^fleet]\n\n[^fleet]: MRO ran 4 telescopes in 2025.\n';
    assert.deepEqual(findings(text), [{ rule: 'dataset-value', stated: '4', fix: '3' }]);
  });
});

describe('dataset-value: a number whose subject or measure is not the entity’s own', () => {
  it('leaves a figure of another subject compared with the one owner named', () => {
    assert.deepEqual(findings('The median observatory logged 150 clear nights in 2025, against HKO’s 198.\n'), []);
    assert.deepEqual(findings('In 2025 the rest of the network logged 120 clear nights, fewer than MRO.\n'), []);
    // The owner named in the number's own clause is still read.
    assert.deepEqual(findings('In 2025 HKO logged 189 clear nights, against MRO’s 174.\n'), [{ rule: 'dataset-value', stated: '189', fix: '198' }]);
  });

  it('leaves a number that counts another noun than the measure', () => {
    assert.deepEqual(findings('The 3 observatories logged 468 clear nights in 2025, HKO 198 of them.\n'), []);
    assert.deepEqual(findings('HKO’s 198 clear nights in 2025 were shared by 37 astronomers.\n'), []);
  });

  it('leaves the measure narrowed to a part, or a part of a whole named before it', () => {
    assert.deepEqual(findings('HKO’s 61 observing nights with visiting teams in 2025 were a record.\n'), []);
    assert.deepEqual(findings('HKO logged 198 clear nights in 2025, including 61 observing nights for visiting teams.\n'), []);
  });

  it('leaves one item of a measure the dataset keeps as a sum', () => {
    assert.deepEqual(findings('HKO’s grant income in 2025 included a EUR 0.8 million grant from the lottery fund.\n'), []);
  });

  it('leaves a cumulative figure and one from the entity’s own reporting', () => {
    assert.deepEqual(findings('## Hollin Crag Observatory in 2025\n\nSince 2019 HKO has logged 1,240 clear nights.\n'), []);
    assert.deepEqual(findings('## Hollin Crag Observatory in 2025\n\nTo date HKO has logged 1,240 clear nights.\n'), []);
    assert.deepEqual(findings('By its own count, HKO logged 205 clear nights in 2025.\n'), []);
    assert.deepEqual(findings('Recomputed with the 2020 weighting, HKO’s sky quality rating in 2025 was 77.0.\n'), []);
  });
});

describe('dataset-value: a table with the metric down the side and other columns than the subject', () => {
  const table = (header: string, cell: string) =>
    `**Table 1.** Hollin Crag Observatory at a glance\n\n| Indicator | HKO | ${header} |\n| --- | ---: | ---: |\n| Telescopes in service, 2025 | 6 | ${cell} |\n| Clear nights logged, 2025 | 189 | 400 |\n`;

  it('checks the column headed by the subject', () => {
    assert.deepEqual(findings(table('Norland (all three)', '11')), [{ rule: 'dataset-value', stated: '189', fix: '198' }]);
  });

  it('gives a column of a group, a total, a median or a change to no subject named in the caption', () => {
    for (const header of ['Norland (all three)', 'Network total', 'Peer median', 'Both observatories', 'Change since 2020', 'MRO + TSL']) {
      const seen = findings(table(header, '11')).filter((f) => f.stated !== '189');
      assert.deepEqual(seen, [], header);
    }
  });

  it('does not read a column that names the subject but qualifies its figures', () => {
    const text = '| Indicator | HKO (approx.) | MRO change |\n| --- | ---: | ---: |\n| Telescopes in service, 2025 | 9 | 2 |\n';
    assert.deepEqual(findings(text), []);
    assert.deepEqual(findings(text.replace('HKO (approx.)', 'HKO')), [{ rule: 'dataset-value', stated: '9', fix: '6' }]);
  });

  it('still reads a value column headed only by a year, a unit or "Value" under a caption naming the subject', () => {
    const text = '**Table 2.** Hollin Crag Observatory, key figures\n\n| Indicator | Value |\n| --- | ---: |\n| Telescopes in service, 2025 | 9 |\n';
    assert.deepEqual(findings(text), [{ rule: 'dataset-value', stated: '9', suggestion: '6' }]);
    const byYear = '**Table 3.** Hollin Crag Observatory, key figures\n\n| Indicator | 2025 |\n| --- | ---: |\n| Telescopes in service | 9 |\n';
    assert.deepEqual(findings(byYear), [{ rule: 'dataset-value', stated: '9', suggestion: '6' }]);
  });

  it('gives a column headed by a region that owns no facts to nobody, in a table with years down the side', () => {
    const text = '**Table 4.** Clear observing nights logged\n\n| Year | HKO | Norland |\n| --- | ---: | ---: |\n| 2025 | 189 | 468 |\n';
    assert.deepEqual(findings(text), [{ rule: 'dataset-value', stated: '189', fix: '198' }]);
  });
});
