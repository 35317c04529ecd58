// dataset-value and rank phrasing families (acc-dv): how a subject is named when the sentence names none ("we", "our",
// "the Station", "the institute"), how a measure is named by its verb ("received EUR 4.2 million", "scored 61"), on a
// made-up dataset of apiculture research stations, with findings and look-alikes that must stay silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings, type SeenFinding, datasetOf, places } from './helpers.js';

const files = {
  'apiaries.json': {
    sources: [{ id: 'pbr', title: 'Pollinator Bench Returns', publisher: 'Made-up Apiculture Board', year: 2025 }],
    entities: [
      { id: 'hars', name: 'Halden Apiary Research Station', aliases: ['HARS', 'the Halden station'], kind: 'research-institute' },
      { id: 'mpi', name: 'Morrow Pollination Institute', aliases: ['MPI', 'the Morrow institute', 'Morrow'], kind: 'research-institute' },
      { id: 'vbi', name: 'Velstad Bee Institute', aliases: ['VBI'], kind: 'research-institute' },
      { id: 'kestria', name: 'Kestria', aliases: [], kind: 'country' },
    ],
    metrics: [
      { id: 'hives', label: 'Managed hives (at 31 December)', unit: 'count', phrases: ['managed hives', 'hives'] },
      { id: 'grants', label: 'Research grants received', unit: 'currency', scale: 'million', currency: 'EUR', phrases: ['research grants', 'grant income'] },
      { id: 'budget', label: 'Total budget', unit: 'currency', scale: 'million', currency: 'EUR', phrases: ['total budget', 'budget'] },
      { id: 'papers', label: 'Peer-reviewed publications', unit: 'count', phrases: ['publications', 'papers'] },
      { id: 'pollen-score', label: 'Pollen index score', unit: 'score', phrases: ['pollen index score', 'index score'] },
    ],
    observations: [
      { entity: 'hars', metric: 'hives', year: 2024, value: 412, source: 'pbr' },
      { entity: 'hars', metric: 'hives', year: 2025, value: 436, source: 'pbr' },
      { entity: 'hars', metric: 'budget', year: 2024, value: 18.4, source: 'pbr' },
      { entity: 'hars', metric: 'grants', year: 2024, value: 4.2, source: 'pbr' },
      { entity: 'hars', metric: 'grants', year: 2025, value: 4.9, source: 'pbr' },
      { entity: 'hars', metric: 'papers', year: 2025, value: 131, source: 'pbr' },
      { entity: 'mpi', metric: 'hives', year: 2025, value: 298, source: 'pbr' },
      { entity: 'mpi', metric: 'budget', year: 2024, value: 22.9, source: 'pbr' },
      { entity: 'mpi', metric: 'grants', year: 2024, value: 6.3, source: 'pbr' },
      { entity: 'vbi', metric: 'hives', year: 2025, value: 150, source: 'pbr' },
      { entity: 'hars', metric: 'pollen-score', year: 2023, value: 61.5, source: 'pbr' },
      { entity: 'mpi', metric: 'pollen-score', year: 2023, value: 70.2, source: 'pbr' },
      { entity: 'vbi', metric: 'pollen-score', year: 2023, value: 55.0, source: 'pbr' },
    ],
    rankings: [
      {
        id: 'psi',
        label: 'Pollinator Science Index',
        phrases: ['Pollinator Science Index', 'PSI'],
        editions: [
          { year: 2020, method: 'standard', source: 'pbr', ranks: places(['mpi', 'vbi', 'hars']) },
          { year: 2021, method: 'standard', source: 'pbr', ranks: places(['mpi', 'vbi', 'hars']) },
          { year: 2022, method: 'standard', source: 'pbr', ranks: places(['mpi', 'hars', 'vbi']) },
          { year: 2023, method: 'standard', source: 'pbr', ranks: places(['hars', 'mpi', 'vbi']) },
        ],
      },
    ],
  },
};

const engine = createEngine({ dataset: datasetOf(files) });

function findings(text: string, rules = ['dataset-value', 'rank', 'rank-years']): SeenFinding[] {
  return seenFindings(engine, text, new Set(rules));
}

const REPORT = '# Halden Apiary Research Station — Annual Report 2025\n\n## 2. Our year in figures\n\n';
const MEMO = '# Memorandum\n\n**To:** Board of Trustees, Halden Apiary Research Station\n**From:** Office of the Director\n\n## 1. Figures\n\n';
const NEWSLETTER = '# Pollinator Friends Newsletter\n\n*For donors and friends of the Fund*\n\n## 1. Figures\n\n';

describe('dataset-value: "we" and "our" in a document an organisation writes about itself', () => {
  it('reads first person as the organisation an annual report’s title names', () => {
    assert.deepEqual(findings(`${REPORT}Our 2024 budget was EUR 14.8 million, the largest in our history.\n`), [{ rule: 'dataset-value', stated: 'EUR 14.8 million', suggestion: 'EUR 18.4 million' }]);
    assert.deepEqual(findings(`${REPORT}In 2025 we managed 463 hives across four valleys.\n`), [{ rule: 'dataset-value', stated: '463', suggestion: '436' }]);
  });

  it('reads first person as the organisation whose board a memo is addressed to', () => {
    assert.deepEqual(findings(`${MEMO}Our 2024 budget was EUR 14.8 million, or 35% of the EUR 42 million received by the three stations combined.\n`), [{ rule: 'dataset-value', stated: 'EUR 14.8 million', suggestion: 'EUR 18.4 million' }]);
  });

  it('stays silent when the value is right, or the document does not say who "we" are', () => {
    assert.deepEqual(findings(`${REPORT}Our 2024 budget was EUR 18.4 million.\n`), []);
    assert.deepEqual(findings(`${NEWSLETTER}Our 2024 budget was EUR 14.8 million.\n`), []);
    // A title that names two stations without saying who reports (an outside briefing about them).
    assert.deepEqual(findings('# Briefing: Halden Apiary Research Station and Morrow Pollination Institute\n\n## 1. Figures\n\nOur 2024 budget was EUR 14.8 million.\n'), []);
    // A memo to two organisations' boards.
    assert.deepEqual(findings('# Memorandum\n\n**To:** Boards of Halden Apiary Research Station and Morrow Pollination Institute\n\n## 1\n\nOur 2024 budget was EUR 14.8 million.\n'), []);
  });

  it('leaves a figure another entity owns in the sentence to that entity', () => {
    // MPI owns budget facts and is named: it is the subject, and its value is right.
    assert.deepEqual(findings(`${REPORT}Our neighbour MPI had a 2024 budget of EUR 22.9 million.\n`), []);
  });
});

describe('dataset-value: "the Station", "the institute" for the organisation named last before', () => {
  it('reads the definite noun as the one organisation of that kind named before in the section', () => {
    const text = '## Halden\n\nHARS doubled its apiary network over the decade.\n\nIn 2025 the station managed 463 hives.\n';
    assert.deepEqual(findings(text), [{ rule: 'dataset-value', stated: '463', suggestion: '436' }]);
  });

  it('stays silent when two organisations of that kind were named in the sentence before', () => {
    const text = '## Institutes\n\nMPI and VBI both grew.\n\nIn 2025 the institute managed 321 hives.\n';
    assert.deepEqual(findings(text), []);
  });

  it('stays silent when the noun fits none of the organisations named before, or is "the other institute"', () => {
    assert.deepEqual(findings('## Halden\n\nHARS doubled its apiary network.\n\nIn 2025 the university managed 463 hives.\n'), []);
    assert.deepEqual(findings('## Morrow\n\nMPI grew fast.\n\nIn 2025 the other institute managed 463 hives.\n'), []);
  });

  it('does not take an organisation of the same kind over the document’s own one', () => {
    // An annual report of HARS (kind: research institute) that names MPI last: "the institute" may be either, so no
    // reading, and the report's title does not stand in for the subject either.
    assert.deepEqual(findings(`${REPORT}MPI is our closest partner.\n\nIn 2025 the institute managed 299 hives.\n`), []);
    // Outside a report of its own, the one institute named before is the subject.
    assert.deepEqual(findings('## Partners\n\nMPI is our closest partner.\n\nIn 2025 the institute managed 299 hives.\n'), [{ rule: 'dataset-value', stated: '299', suggestion: '298' }]);
    // "the station" fits the document's own station, but the one named last is another station: unclear, silent.
    const other = { ...files['apiaries.json'], entities: [...files['apiaries.json'].entities, { id: 'nrs', name: 'Nordby Research Station', aliases: ['NRS'], kind: 'research-institute' }], observations: [...files['apiaries.json'].observations, { entity: 'nrs', metric: 'hives', year: 2025, value: 90, source: 'pbr' }] };
    const engine2 = createEngine({ dataset: datasetOf({ 'apiaries.json': other }) });
    assert.deepEqual(seenFindings(engine2, `${REPORT}NRS is our closest partner.\n\nIn 2025 the station managed 463 hives.\n`, new Set(['dataset-value'])), []);
  });
});

describe('rank and rank-years: the subject referred back to', () => {
  it('reads "The Station held third place from 2020 to 2022" after a table of the station’s ranks', () => {
    const text = `${REPORT}| Edition | 2020 | 2021 | 2022 | 2023 |\n| --- | --- | --- | --- | --- |\n| HARS rank in the PSI | 3 | 3 | 2 | 1 |\n\nThe Station held third place from 2020 to 2022 and has led the index since 2023.\n`;
    assert.deepEqual(findings(text, ['rank-years']), [{ rule: 'rank-years', stated: '2020 to 2022', suggestion: '2020 to 2021' }]);
    const right = text.replace('from 2020 to 2022', 'from 2020 to 2021');
    assert.deepEqual(findings(right, ['rank-years']), []);
  });

  it('reads "we" as the memo’s organisation', () => {
    assert.deepEqual(findings(`${MEMO}In the 2022 Pollinator Science Index we came third.\n`, ['rank']), [{ rule: 'rank', stated: 'third', suggestion: 'second' }]);
    assert.deepEqual(findings(`${MEMO}In the 2022 Pollinator Science Index we came second.\n`, ['rank']), []);
    assert.deepEqual(findings(`${NEWSLETTER}In the 2022 Pollinator Science Index we came third.\n`, ['rank']), []);
  });
});

describe('dataset-value: the measure said by its verb', () => {
  it('reads "received <money>" as the one money metric the dataset keeps as received', () => {
    assert.deepEqual(findings('In 2024 HARS received EUR 2.4 million.\n'), [{ rule: 'dataset-value', stated: 'EUR 2.4 million', fix: 'EUR 4.2 million' }]);
    assert.deepEqual(findings('HARS secured EUR 5.9 million in 2025.\n'), [{ rule: 'dataset-value', stated: 'EUR 5.9 million', fix: 'EUR 4.9 million' }]);
    // With the subject referred back to, across a paragraph.
    assert.deepEqual(findings('## Halden\n\nHARS grew steadily.\n\nThe year before, in 2024, the station had received EUR 2.4 million.\n'), [{ rule: 'dataset-value', stated: 'EUR 2.4 million', suggestion: 'EUR 4.2 million' }]);
  });

  it('reads "scored <n>" as the score metric', () => {
    assert.deepEqual(findings('In 2023 HARS scored 65.1, behind MPI.\n'), [{ rule: 'dataset-value', stated: '65.1', fix: '61.5' }]);
    assert.deepEqual(findings('In 2023 HARS scored 61.5, behind MPI.\n'), []);
    // "the 2023 index" names an edition, not the fact's year: the one fact is offered as a suggestion.
    assert.deepEqual(findings('In the 2023 index HARS scored 65.1.\n'), [{ rule: 'dataset-value', stated: '65.1', suggestion: '61.5' }]);
  });

  it('reads a name after "in" in an apposition as a place, not a second party ("VBI, the laboratory in Morrow,")', () => {
    assert.deepEqual(findings('- **VBI**, the pollination laboratory in Morrow, scored 57.0 in 2023.\n'), [{ rule: 'dataset-value', stated: '57.0', fix: '55.0' }]);
    assert.deepEqual(findings('- **VBI**, the pollination laboratory in Morrow, scored 55.0 in 2023.\n'), []);
    // Morrow's own score, given for VBI: equal to another entity's fact of the measure, so not read as VBI's (kept guard).
    assert.deepEqual(findings('- **VBI**, the pollination laboratory in Morrow, scored 70.2 in 2023.\n'), []);
  });

  it('stays silent when a source or purpose narrows the sum, or the figure is no money', () => {
    assert.deepEqual(findings('In 2024 HARS received EUR 2.4 million from the national lottery.\n'), []);
    assert.deepEqual(findings('In 2024 HARS received EUR 2.4 million for a new bee house.\n'), []);
    assert.deepEqual(findings('In 2024 HARS received 24 visiting scientists.\n'), []);
    // Research grants from a named source the metric's own words name ("grants") are the metric.
    assert.deepEqual(findings('In 2024 HARS received EUR 2.4 million from research grants.\n'), [{ rule: 'dataset-value', stated: 'EUR 2.4 million', fix: 'EUR 4.2 million' }]);
  });

  it('stays silent when the figure is a counterfactual, a bound or a group’s', () => {
    assert.deepEqual(findings('In 2024 HARS would have received EUR 2.4 million under the old formula.\n'), []);
    assert.deepEqual(findings('In 2024 HARS received nearly EUR 2.4 million.\n'), []);
    assert.deepEqual(findings('In 2024 HARS and MPI together received EUR 12.4 million.\n'), []);
  });
});

describe('dataset-value: a table that names no one, in a document of one organisation', () => {
  const table = '## 4. Grants\n\n| Year | Research grants (EUR million) |\n| --- | ---: |\n| 2024 | 2.4 |\n| 2025 | 4.9 |\n';
  it('reads a year-by-row table headed by the metric as the memo’s own organisation’s', () => {
    assert.deepEqual(findings(`${MEMO.replace('## 1. Figures\n\n', '')}${table}`), [{ rule: 'dataset-value', stated: '2.4', suggestion: '4.2' }]);
  });

  it('reads it as the heading’s entity when a heading names one', () => {
    assert.deepEqual(findings(table.replace('## 4. Grants', '## 4. HARS grants')), [{ rule: 'dataset-value', stated: '2.4', suggestion: '4.2' }]);
  });

  it('stays silent when the document names no organisation of its own, or the column is another party’s', () => {
    assert.deepEqual(findings(`${NEWSLETTER}${table}`), []);
    assert.deepEqual(findings(`${MEMO}${table.replace('Research grants (EUR million)', 'Research grants, all stations (EUR million)')}`), []);
    assert.deepEqual(findings(`${MEMO}${table.replace('Research grants (EUR million)', 'Research grants, peer median (EUR million)')}`), []);
  });
});

describe('rank: the edition a rank is of, beside the ranking’s own history', () => {
  it('reads "The 2023 PSI, the fourth edition since the index began in 2020, placed X …" as the 2023 edition', () => {
    assert.deepEqual(findings('The 2023 Pollinator Science Index, the fourth edition since the index began in 2020, placed HARS second.\n', ['rank']), [{ rule: 'rank', stated: 'second', fix: 'first' }]);
    assert.deepEqual(findings('The 2023 Pollinator Science Index, the fourth edition since the index began in 2020, placed HARS first.\n', ['rank']), []);
  });

  it('reads "held the top spot from A to B before slipping to second in C" as two claims', () => {
    const text = 'In the Pollinator Science Index, MPI held the top spot from 2020 to 2023 before slipping to second.\n';
    assert.deepEqual(findings(text, ['rank-years']), [{ rule: 'rank-years', stated: '2020 to 2023', suggestion: '2020 to 2022' }]);
    assert.deepEqual(findings('In the Pollinator Science Index, MPI held the top spot from 2020 to 2022 before slipping to second in 2023.\n', ['rank', 'rank-years']), []);
    assert.deepEqual(findings('In the Pollinator Science Index, MPI held the top spot from 2020 to 2022 before slipping to third in 2023.\n', ['rank', 'rank-years']), [{ rule: 'rank', stated: 'third', fix: 'second' }]);
  });
});

describe('rank and rank-years: a sentence that leaves its subject out speaks of the heading’s entity', () => {
  it('reads "### MPI" then "Ranked first from 2020 to 2023 in the PSI."', () => {
    assert.deepEqual(findings('## Pollinator Science Index\n\n### MPI\n\nRanked first from 2020 to 2023 in the Pollinator Science Index.\n', ['rank-years']), [{ rule: 'rank-years', stated: '2020 to 2023', suggestion: '2020 to 2022' }]);
    assert.deepEqual(findings('## Pollinator Science Index\n\n### MPI\n\nRanked first from 2020 to 2022 in the Pollinator Science Index.\n', ['rank-years']), []);
    assert.deepEqual(findings('## Pollinator Science Index\n\n### HARS\n\nPlaced second in the 2023 Pollinator Science Index.\n', ['rank']), [{ rule: 'rank', stated: 'second', suggestion: 'first' }]);
  });

  it('stays silent when the heading names two entities, or the sentence names its own subject or opens with an adverb', () => {
    assert.deepEqual(findings('## Pollinator Science Index\n\n### MPI and HARS\n\nRanked first from 2020 to 2023 in the Pollinator Science Index.\n', ['rank-years']), []);
    // The sentence's own subject is VBI (right: VBI was second in 2020 and 2021).
    assert.deepEqual(findings('## Pollinator Science Index\n\n### MPI\n\nSecond from 2020 to 2021 was VBI, in the Pollinator Science Index.\n', ['rank-years']), []);
    assert.deepEqual(findings('## Pollinator Science Index\n\n### HARS\n\nFirst, the 2023 Pollinator Science Index changed its weights and placed a newcomer second.\n', ['rank']), []);
  });
});

describe('dataset-value: another year’s figure of the same entity and measure, stated for this year', () => {
  it('reports it, with a suggestion only, when the clause names the entity, the measure and the one year', () => {
    assert.deepEqual(findings('In 2024 HARS managed 436 hives.\n'), [{ rule: 'dataset-value', stated: '436', suggestion: '412' }]);
    assert.deepEqual(findings('The year before, in 2024, HARS had received EUR 4.9 million, so growth has not slowed.\n'), [{ rule: 'dataset-value', stated: 'EUR 4.9 million', suggestion: 'EUR 4.2 million' }]);
    const [f] = seenFindings(engine, 'In 2024 HARS managed 436 hives.\n', new Set(['dataset-value']));
    assert.equal(f?.fix, undefined);
  });

  it('stays silent when the value is the stated year’s, or the clause leaves something to other words', () => {
    assert.deepEqual(findings('In 2025 HARS managed 436 hives.\n'), []);
    // Two figures and two entities: which figure is whose is read elsewhere; the 2025 figure is taken as consistent.
    assert.deepEqual(findings('In 2024 HARS managed 436 hives and MPI 298.\n'), []);
    // The year is in another clause than the opening: not the clause's own.
    assert.deepEqual(findings('HARS managed 436 hives, more than in 2024.\n'), []);
    // A group's figure.
    assert.deepEqual(findings('In 2024 HARS and MPI together managed 436 hives.\n'), []);
  });
});

describe('rank-years and dataset-value: a paragraph that opens with "It" or "Its"', () => {
  it('speaks of the one entity the paragraph before ended on', () => {
    const text = '## Index\n\nThe Pollinator Science Index began in 2020. MPI has taken part from the start.\n\nIt ranked first in the Pollinator Science Index from 2020 to 2023.\n';
    assert.deepEqual(findings(text, ['rank-years']), [{ rule: 'rank-years', stated: '2020 to 2023', suggestion: '2020 to 2022' }]);
    assert.deepEqual(findings('## Hives\n\nHARS expanded into two valleys.\n\nIts 2025 count of managed hives was 463.\n'), [{ rule: 'dataset-value', stated: '463', suggestion: '436' }]);
  });

  it('stays silent when that sentence names two entities, or a heading or list stands between', () => {
    assert.deepEqual(findings('## Index\n\nMPI and VBI took part from the start.\n\nIt ranked first in the Pollinator Science Index from 2020 to 2023.\n', ['rank-years']), []);
    assert.deepEqual(findings('## Hives\n\nHARS and MPI expanded.\n\nIts 2025 count of managed hives was 463.\n'), []);
    assert.deepEqual(findings('HARS expanded into two valleys.\n\n## Hives\n\nIts 2025 count of managed hives was 463.\n'), []);
    assert.deepEqual(findings('## Hives\n\n- HARS expanded into two valleys.\n\nIts 2025 count of managed hives was 463.\n'), []);
  });
});

describe('dataset-value and rank: more documents an organisation writes about itself', () => {
  const MINUTES = '# Review Board: minutes of the 9th meeting\n\n**Halden Apiary Research Station (HARS), Halden.**\n\nPresent: Chair (ex-MPI); Director; two reviewers (VBI).\n\n## 4. Finance\n\n';
  it('reads the minutes of one organisation’s board, named in a bold subtitle', () => {
    assert.deepEqual(findings(`${MINUTES}Research grants came to EUR 2.4 million in 2024.\n`), [{ rule: 'dataset-value', stated: 'EUR 2.4 million', suggestion: 'EUR 4.2 million' }]);
    assert.deepEqual(findings(`${MINUTES}In the 2022 Pollinator Science Index we came third.\n`, ['rank']), [{ rule: 'rank', stated: 'third', suggestion: 'second' }]);
  });

  it('reads an annual review whose title names one organisation', () => {
    assert.deepEqual(findings('# Halden Apiary Research Station — Annual Review 2025\n\n## Index\n\nIn 2020, when we were first in the Pollinator Science Index, it was new.\n', ['rank']), [{ rule: 'rank', stated: 'first', suggestion: 'third' }]);
  });

  it('stays silent when the subtitle names two organisations, or a heading names another subject', () => {
    const two = MINUTES.replace('**Halden Apiary Research Station (HARS), Halden.**', '**Halden Apiary Research Station and Morrow Pollination Institute, joint board.**');
    assert.deepEqual(findings(`${two}Research grants came to EUR 2.4 million in 2024.\n`), []);
    assert.deepEqual(findings(`${MINUTES.replace('## 4. Finance', '## 4. Finance of VBI')}Research grants came to EUR 2.4 million in 2024.\n`), []);
    // A sentence that names another organisation speaks of it, not of the minutes' own.
    assert.deepEqual(findings(`${MINUTES}MPI's research grants came to EUR 6.3 million in 2024.\n`), []);
  });
});

describe('dataset-value: tables that name the metric in the corner, and another year’s figure in a year row', () => {
  it('reads "| Managed hives, 2025 | Value |" over "| MPI | 289 |"', () => {
    const table = '| Managed hives, 2025 | Value |\n| --- | ---: |\n| HARS | 436 |\n| MPI | 289 |\n';
    assert.deepEqual(findings(table), [{ rule: 'dataset-value', stated: '289', fix: '298' }]);
    assert.deepEqual(findings(table.replace('289', '298')), []);
    // A corner that qualifies the metric ("change") names no plain value.
    assert.deepEqual(findings(table.replace('Managed hives, 2025', 'Change in managed hives, 2025')), []);
  });

  it('reports a year row holding another year’s figure as a suggestion', () => {
    const table = '## HARS hives\n\n| Year | Managed hives |\n| --- | ---: |\n| 2024 | 436 |\n| 2025 | 436 |\n';
    assert.deepEqual(findings(table), [{ rule: 'dataset-value', stated: '436', suggestion: '412' }]);
    assert.deepEqual(findings(table.replace('| 2024 | 436 |', '| 2024 | 412 |')), []);
  });
});
