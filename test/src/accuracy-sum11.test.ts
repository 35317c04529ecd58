// Round 11 of the totals readings (issue #8): figures that look like totals of the parts beside them but total more or
// other than those parts — a member added after the total, a wider group, another size, another stage of the measure,
// another measure. Made-up labs, clinics and ferries in voices unlike the dev drafts (a speech, minutes, a Q&A, a
// timeline, an annex table), so no sentence is a corpus sentence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine, loadDataset } from 'factlint';
import { seenFindings } from './helpers.js';
import { labSurvey } from './made-up-datasets.js';

const bare = createEngine({ dataset: loadDataset([]).dataset });
const totals = (text: string) => seenFindings(bare, text, new Set(['total'])).map((f) => [f.stated, f.fix ?? f.suggestion ?? null]);

describe('total: a list\'s total that names more than the list', () => {
  it('stays silent when a member is added after the total, or the total is of a wider group', () => {
    assert.deepEqual(totals('Tembo and Nyota ran 44 and 22 trials in 2025, 92 in all with Upepo.\n'), []);
    assert.deepEqual(totals('The clinic has 12, 14 and 9 nurses on its three wards, and 60 in total including the night shift.\n'), []);
    assert.deepEqual(totals('The two northern ferries carried 44 and 22 thousand cars, and 192 thousand altogether across the ten lines.\n'), []);
    assert.deepEqual(totals('In 2025, 26, 35 and 44 audits were closed at the three ports, and a total of 192 across all ports of the coast.\n'), []);
    assert.deepEqual(totals('The orchards lost 120 and 80 trees in the storm, 900 in total for the whole region.\n'), []);
  });

  it('still checks a total that names its parts\' own group, or nothing after it', () => {
    assert.deepEqual(totals('Tembo and Nyota ran 44 and 22 trials in 2025, 76 in all.\n'), [['76', '66']]);
    assert.deepEqual(totals('Tembo and Nyota ran 44 and 22 trials in 2025, 76 in all across the two labs.\n'), [['76', '66']]);
    assert.deepEqual(totals('The clinic has 12, 14 and 9 nurses on its three wards, 45 in total.\n'), [['45', '35']]);
  });

  it('holds a list of yearly figures to its own clause and to the guards of any list', () => {
    // Over the decade: other years than the two listed.
    assert.deepEqual(totals('The ferry made 35 crossings in 2025 and 33 in 2024; over the decade it made 267 in all.\n'), []);
    // A bound and a hedge, as for any list.
    assert.deepEqual(totals('The ferry made 35 crossings in 2025 and 33 in 2024, more than 60 in all.\n'), []);
    assert.deepEqual(totals('The ferry made 35 crossings in 2025 and 33 in 2024, some 70 in all.\n'), []);
    assert.deepEqual(totals('The ferry made 33 crossings in 2024 and 35 in 2025, a total of 78.\n'), [['78', '68']]);
  });
});

describe('total: a combined statement of more or other than its parts', () => {
  const before = 'Tembo grew from 318 papers in 2016 to 528 in 2025 and Nyota from 402 to 597. ';
  it('stays silent on a combined figure of a wider or another group, with a member added, or of another measure', () => {
    assert.deepEqual(totals(`${before}Combined output of all ten labs rose from 2,385 in 2016 to 3,759 in 2025.\n`), []);
    assert.deepEqual(totals(`${before}Combined output of all ten rose from 2,385 in 2016 to 3,759 in 2025.\n`), []);
    assert.deepEqual(totals(`${before}Combined, the Kivu labs' output rose from 2,385 in 2016 to 3,759 in 2025.\n`), []);
    assert.deepEqual(totals(`${before}Combined output, including Upepo, rose from 1,414 in 2016 to 2,096 in 2025.\n`), []);
    assert.deepEqual(totals(`${before}The region's combined output rose from 2,385 in 2016 to 3,759 in 2025.\n`), []);
    assert.deepEqual(totals('- Tembo went from 318 papers in 2016 to 528 in 2025.\n- Nyota went from 402 to 597.\n\nCombined output of the ten rose from 2,385 to 3,759 over the same years.\n'), []);
  });

  it('still checks the combined figure of the parts themselves', () => {
    assert.deepEqual(totals(`${before}Combined output rose from 720 in 2016 to 1,135 in 2025.\n`), [['1,135', '1,125']]);
    assert.deepEqual(totals(`${before}The two labs' combined output rose from 720 in 2016 to 1,135 in 2025.\n`), [['1,135', '1,125']]);
  });

  it('stays silent when the combined statement counts another measure than its parts', () => {
    const labs = createEngine({
      dataset: labSurvey({
        metrics: [
          { id: 'trials', label: 'Trials started', unit: 'count', phrases: ['trials'] },
          { id: 'papers', label: 'Papers', unit: 'count', phrases: ['papers'] },
        ],
      }),
    });
    const seen = (text: string) => seenFindings(labs, text, new Set(['total'])).map((f) => [f.stated, f.fix ?? f.suggestion ?? null]);
    assert.deepEqual(seen('Tembo grew from 14 trials in 2016 to 26 in 2025, Nyota from 22 to 35. Their combined papers rose from 720 in 2016 to 1,125 in 2025.\n'), []);
    assert.deepEqual(seen('Tembo grew from 14 trials in 2016 to 26 in 2025, Nyota from 22 to 35. Their combined trials rose from 36 in 2016 to 71 in 2025.\n'), [['71', '61']]);
  });
});

describe('total: a Total row that names another group than the rows above it', () => {
  const table = (label: string, total: string) => `| Clinic | Patients 2025 |\n| --- | ---: |\n| North | 971 |\n| South | 597 |\n| East | 528 |\n| West | 402 |\n| ${label} | ${total} |\n`;
  it('stays silent when the label names another size or a whole region', () => {
    assert.deepEqual(totals(table('Total, ten clinics', '3,759')), []);
    assert.deepEqual(totals(table('Total (10)', '3,759')), []);
    assert.deepEqual(totals(table('Total (ten clinics)', '3,759')), []);
    assert.deepEqual(totals(table('Total Kivu region', '3,759')), []);
    assert.deepEqual(totals(table('Total, whole network', '3,759')), []);
  });

  it('still checks a Total row that names the rows\' own number, a year or nothing', () => {
    assert.deepEqual(totals(table('Total, four clinics', '2,489')), [['2,489', '2,498']]);
    assert.deepEqual(totals(table('Total', '2,489')), [['2,489', '2,498']]);
    assert.deepEqual(totals(table('**Total**', '2,489')), [['2,489', '2,498']]);
  });
});

describe('total: a group the dataset holds, and a figure of another stage or a part of its measure', () => {
  const obs = (metric: string, values: number[]) => ['tembo', 'nyota', 'upepo'].map((entity, i) => ({ entity, metric, year: 2025, value: values[i], source: 'survey' }));
  const labs = createEngine({
    dataset: labSurvey({
      entities: [{ id: 'upepo', name: 'Upepo Lab', aliases: ['Upepo'], kind: 'organisation' }],
      metrics: [
        { id: 'trials', label: 'Clinical trials started', unit: 'count', phrases: ['trials started', 'trials'] },
        { id: 'papers', label: 'Papers', unit: 'count', phrases: ['papers'] },
      ],
      observations: [...obs('trials', [26, 35, 44]), ...obs('papers', [528, 597, 971])],
    }),
  });
  const seen = (text: string) => seenFindings(labs, text, new Set(['total'])).map((f) => [f.stated, f.fix ?? f.suggestion ?? null]);

  it('stays silent on another stage of what the measure counts', () => {
    assert.deepEqual(seen('The three labs completed 64 trials in 2025, fewer than they started.\n'), []);
    assert.deepEqual(seen('The three labs registered 140 trials in 2025.\n'), []);
    assert.deepEqual(seen('The three labs cited 14,000 papers in 2025.\n'), []);
  });

  it('stays silent on a part of the measure or a group with a member left out', () => {
    assert.deepEqual(seen('Across the three labs, 950 papers in 2025 had an international co-author.\n'), []);
    assert.deepEqual(seen('The three labs published 604 papers with a foreign partner in 2025.\n'), []);
    assert.deepEqual(seen('The three labs ran 120 trials in 2025, counting observational studies.\n'), []);
    assert.deepEqual(seen('Excluding Upepo, the three labs started 61 trials in 2025.\n'), []);
  });

  it('still checks the group\'s total of the measure itself', () => {
    assert.deepEqual(seen('The three labs started 115 trials in 2025.\n'), [['115', '105']]);
    assert.deepEqual(seen('The three labs published 2,069 papers in 2025.\n'), [['2,069', '2,096']]);
  });
});

describe('total: parts said to be counted once, and a flow over a period of another noun or a part of the measure', () => {
  const years = [2021, 2022, 2023, 2024, 2025];
  const labs = createEngine({
    dataset: labSurvey({
      entities: [{ id: 'upepo', name: 'Upepo Lab', aliases: ['Upepo'], kind: 'organisation' }],
      metrics: [
        { id: 'papers', label: 'Papers', unit: 'count', phrases: ['papers'] },
        { id: 'trials', label: 'Clinical trials started', unit: 'count', phrases: ['trials started', 'trials'] },
      ],
      observations: [
        ...years.map((year, i) => ({ entity: 'tembo', metric: 'papers', year, value: [427, 453, 473, 507, 528][i], source: 'survey' })),
        ...years.map((year, i) => ({ entity: 'tembo', metric: 'trials', year, value: [27, 22, 21, 24, 26][i], source: 'survey' })),
        ...['tembo', 'nyota', 'upepo'].map((entity, i) => ({ entity, metric: 'papers', year: 2020, value: [971, 597, 528][i], source: 'survey' })),
      ],
    }),
  });
  const seen = (text: string) => seenFindings(labs, text, new Set(['total'])).map((f) => [f.stated, f.fix ?? f.suggestion ?? null]);

  it('stays silent on a group\'s figure of distinct papers, or a paper counted once', () => {
    const before = 'Tembo published 971 papers in 2020, Nyota 597 and Upepo 528. ';
    assert.deepEqual(seen(`${before}Together the three labs published 1,850 distinct papers, since joint papers count once.\n`), []);
    assert.deepEqual(seen(`${before}Together the three labs published 1,850 papers, a joint paper counted only once.\n`), []);
    assert.deepEqual(seen(`${before}Together the three labs published 2,069 papers.\n`), [['2,069', '2,096']]);
  });

  it('stays silent on a period\'s figure of another noun, a part of the measure or another stage', () => {
    assert.deepEqual(seen('In 2021–2025, Tembo hosted 120 visiting researchers and published 2,388 papers.\n'), []);
    assert.deepEqual(seen('Tembo published 2,183 papers in 2021–2025, an output that includes conference papers.\n'), []);
    assert.deepEqual(seen('Tembo\'s researchers wrote 2,500 papers in 2021–2025 as first authors.\n'), []);
    assert.deepEqual(seen('Between 2021 and 2025, 1,320 internationally co-authored papers came out of Tembo.\n'), []);
    assert.deepEqual(seen('Tembo completed 100 trials in 2021–2025.\n'), []);
  });

  it('still sums a period\'s figure of the measure itself, also with a narrowed figure in a clause of its own', () => {
    assert.deepEqual(seen('Tembo published 2,483 papers in 2021–2025.\n'), [['2,483', '2,388']]);
    assert.deepEqual(seen('Tembo started 130 trials between 2021 and 2025.\n'), [['130', '120']]);
    assert.deepEqual(seen('Of Tembo\'s 2,483 papers in 2021–2025, 1,212 had a co-author abroad.\n'), [['2,483', '2,388']]);
  });
});

describe('total: tables whose Total counts each item once, or sums other measures', () => {
  const rows = '| North | 26 | 528 |\n| South | 35 | 597 |\n| East | 44 | 971 |\n';
  it('stays silent on a Total said, in its label or the note below, to count joint items once', () => {
    assert.deepEqual(totals(`| Clinic | Trials 2025 | Papers 2025 |\n| --- | ---: | ---: |\n${rows}| Total | 105 | 1,950 |\n\nThe papers total counts each joint paper once.\n`), []);
    assert.deepEqual(totals(`| Clinic | Trials 2025 | Papers 2025 |\n| --- | ---: | ---: |\n${rows}| Combined (unique) | 105 | 1,950 |\n`), []);
    assert.deepEqual(totals(`| Clinic | Trials 2025 | Papers 2025 |\n| --- | ---: | ---: |\n${rows}| Total (distinct) | 105 | 1,950 |\n`), []);
    assert.deepEqual(totals(`| Clinic | Trials 2025 | Papers 2025 |\n| --- | ---: | ---: |\n${rows}| Total | 105 | 1,950 |\n`), [['1,950', '2,096']]);
  });

  it('stays silent on a Total column beside columns of different measures', () => {
    const labs = createEngine({
      dataset: labSurvey({
        metrics: [
          { id: 'trials', label: 'Trials started', unit: 'count', phrases: ['trials'] },
          { id: 'papers', label: 'Papers', unit: 'count', phrases: ['papers'] },
          { id: 'phds', label: 'Doctorates awarded', unit: 'count', phrases: ['doctorates'] },
        ],
      }),
    });
    const seen = (text: string) => seenFindings(labs, text, new Set(['total'])).map((f) => [f.stated, f.fix ?? f.suggestion ?? null]);
    assert.deepEqual(seen('| Lab | Trials | Papers | Doctorates | Total |\n| --- | ---: | ---: | ---: | ---: |\n| Tembo | 26 | 528 | 21 | 580 |\n| Nyota | 35 | 597 | 16 | 650 |\n'), []);
    assert.deepEqual(seen('| Lab | Phase I trials | Phase II trials | Phase III trials | Total |\n| --- | ---: | ---: | ---: | ---: |\n| Tembo | 6 | 9 | 8 | 26 |\n| Nyota | 8 | 12 | 11 | 31 |\n'), [['26', '23']]);
  });
});

describe('share: a share in the pair\'s sentence that names a whole of its own', () => {
  const shares = (text: string) => seenFindings(bare, text, new Set(['share'])).map((f) => [f.stated, f.fix ?? f.suggestion ?? null]);
  it('stays silent on a percent or a fraction of another measure than the pair\'s whole', () => {
    assert.deepEqual(shares('Tembo ran 44 of the 192 trials in 2025, and its share of enrolment was 27.7%.\n'), []);
    assert.deepEqual(shares('Tembo ran 44 of the 192 trials in 2025 and half of its patients were children.\n'), []);
    assert.deepEqual(shares('The ferry carried 108 of the 428 cars in May, while 60% of its passengers were tourists.\n'), []);
    assert.deepEqual(shares('Tembo ran 44 of the 192 trials in 2025, with 27.7% of the enrolled patients.\n'), []);
    // A whole named by a collective noun ("the Japanese team") is still the pair's whole.
    assert.deepEqual(shares('About 200 scientists worked on the detector, 14 of them from Tembo, so Tembo staff made up 14% of the team.\n'), [['14%', '7%']]);
  });

  it('still checks a share of the pair\'s own whole, named or not', () => {
    assert.deepEqual(shares('Tembo ran 44 of the 192 trials in 2025, a third of the trials.\n'), [['a third', null]]);
    assert.deepEqual(shares('Tembo ran 44 of the 192 trials in 2025, 27.7% of the regional trials.\n'), [['27.7%', '22.9%']]);
    assert.deepEqual(shares('The clinic saw 108 of the 428 patients, 30.2% of all patients.\n'), [['30.2%', '25.2%']]);
    assert.deepEqual(shares('The clinic saw 108 of its 428 patients (30.2%).\n'), [['30.2%', '25.2%']]);
  });
});

describe('breakdown-sum: two splits in one sentence', () => {
  const sums = (text: string) => seenFindings(bare, text, new Set(['breakdown-sum'])).map((f) => f.stated);
  it('ends a split\'s shares at a clause of its own or a second split', () => {
    assert.deepEqual(sums('Our 2024 income split three ways: 50% public, 30% private and 20% from abroad, while spending split 60% staff and 40% equipment.\n'), []);
    assert.deepEqual(sums('The ferry\'s revenue splits into tickets 70%, freight 20% and catering 10%; its costs split into fuel 55% and crew 45%.\n'), []);
    assert.deepEqual(sums('Our 2024 income split three ways: 50% public, 30% private and 30% from abroad, while spending split 60% staff and 40% equipment.\n'), ['30%']);
  });
});

describe('total: a labelled list after its total that only leads it', () => {
  it('stays silent when a verb after the last figure makes the list a selection', () => {
    assert.deepEqual(totals('A combined 2,904 crossings in 2025: Nordlink 709, Baltline 562 and Sundby 278 led.\n'), []);
    assert.deepEqual(totals('A combined 2,904 crossings in 2025: Nordlink 709, Baltline 562 and Sundby 278 stood out.\n'), []);
    assert.deepEqual(totals('A combined 1,594 crossings in 2025: Nordlink 709, Baltline 562 and Sundby 278.\n'), [['1,594', '1,549']]);
  });
});
